import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { consoleLogger, describe, type Logger } from '../log.js';
import { writeFileDurably } from './durable-file.js';
import { deriveProgress } from './progress.js';
import type { Journey } from './types.js';

/**
 * Every person's journey, by national identity number (pid), in memory and in one JSON file that is
 * rewritten durably (temporary file, fsync, rename) after each change, so a restart of the demo
 * keeps where people were. Writes are queued: two changes never race on the file.
 *
 * A file that cannot be read as journeys is never silently replaced: it is moved aside as
 * `journeys.json.damaged-<time>` and reported, and the demo starts with no journeys, so that someone
 * can look at it. A file that cannot be read at all (permissions) stops the start.
 */
export class JourneyStore {
  readonly #journeys = new Map<string, Journey>();
  #writing: Promise<void> = Promise.resolve();

  private constructor(readonly file: string | undefined) {}

  /** Opens the store; without a file it lives in memory only (tests). A damaged file is reported to `log`. */
  static async open(file?: string, log: Logger = consoleLogger): Promise<JourneyStore> {
    const store = new JourneyStore(file);
    if (!file) return store;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return store;
      throw error;
    }
    let journeys: Journey[];
    try {
      journeys = parseJourneys(text);
    } catch (error) {
      const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside);
      log.error(`The journeys file ${file} is damaged (${describe(error)}); it was moved to ${aside} and the demo starts with no journeys`);
      return store;
    }
    for (const journey of journeys) store.#journeys.set(journey.pid, journey);
    return store;
  }

  get(pid: string): Journey | undefined {
    const journey = this.#journeys.get(pid);
    return journey && structuredClone(journey);
  }

  /** Changes one person's journey (creating it on first use), recomputes the progress and saves. */
  async update(pid: string, name: string, change: (journey: Journey) => void): Promise<Journey> {
    const now = new Date().toISOString();
    const journey = structuredClone(this.#journeys.get(pid)) ?? { pid, name, progress: {}, createdAt: now, updatedAt: now };
    change(journey);
    journey.name = name;
    journey.progress = deriveProgress(journey);
    journey.updatedAt = now;
    this.#journeys.set(pid, journey);
    await this.#save();
    return structuredClone(journey);
  }

  /** Waits for pending writes (tests, shutdown). */
  flush(): Promise<void> {
    return this.#writing;
  }

  #save(): Promise<void> {
    const file = this.file;
    if (!file) return Promise.resolve();
    const snapshot = JSON.stringify({ journeys: [...this.#journeys.values()] }, null, 2);
    // A failed write is reported to its caller but does not block the writes after it.
    this.#writing = this.#writing
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFileDurably(file, snapshot);
      });
    return this.#writing;
  }
}

/** The journeys of a file's text; throws when it is not JSON or not the shape this store writes. */
function parseJourneys(text: string): Journey[] {
  const saved = JSON.parse(text) as unknown;
  const journeys = (saved as { journeys?: unknown } | null)?.journeys;
  if (!Array.isArray(journeys)) throw new Error('no list of journeys');
  for (const journey of journeys) {
    if (typeof (journey as { pid?: unknown } | null)?.pid !== 'string') throw new Error('a journey without a pid');
  }
  return journeys as Journey[];
}
