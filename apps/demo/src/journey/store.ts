import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deriveProgress } from './progress.js';
import type { Journey } from './types.js';

/**
 * Every person's journey, by national identity number (pid), in memory and in one JSON file that is
 * rewritten atomically (temporary file, then rename) after each change, so a restart of the demo
 * keeps where people were. Writes are queued: two changes never race on the file.
 */
export class JourneyStore {
  readonly #journeys = new Map<string, Journey>();
  #writing: Promise<void> = Promise.resolve();

  private constructor(readonly file: string | undefined) {}

  /** Opens the store; without a file it lives in memory only (tests). */
  static async open(file?: string): Promise<JourneyStore> {
    const store = new JourneyStore(file);
    if (file) {
      try {
        const saved = JSON.parse(await readFile(file, 'utf8')) as { journeys?: Journey[] };
        for (const journey of saved.journeys ?? []) store.#journeys.set(journey.pid, journey);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
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
    this.#writing = this.#writing.catch(() => undefined).then(async () => {
      await mkdir(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, snapshot, { mode: 0o600 });
      await rename(temporary, file);
    });
    return this.#writing;
  }
}
