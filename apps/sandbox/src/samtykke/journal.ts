import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * An append-only file of JSON lines, each written and fsynced before the caller answers, and
 * replayed at start. A crash can only tear the last line (it has no newline yet): that line is
 * cut off at replay, because the request it belonged to was never answered. A damaged line
 * anywhere else is real corruption and stops the start rather than losing decisions silently.
 */
export class Journal<T> {
  readonly path: string;
  #fd: number;

  private constructor(path: string, fd: number) {
    this.path = path;
    this.#fd = fd;
  }

  /** Opens (or creates) the journal and returns it with every complete entry in order. */
  static open<T>(path: string): { journal: Journal<T>; entries: T[] } {
    mkdirSync(dirname(path), { recursive: true });
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const complete = text.lastIndexOf('\n') + 1;
    if (complete < text.length) truncateSync(path, Buffer.byteLength(text.slice(0, complete)));
    const entries = text
      .slice(0, complete)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line, index) => {
        try {
          return JSON.parse(line) as T;
        } catch (cause) {
          throw new Error(`${path}: line ${index + 1} is not JSON; the journal is damaged`, { cause });
        }
      });
    const fd = openSync(path, 'a');
    // A new file's name must be durable too, not only its contents.
    syncDirectory(dirname(path));
    return { journal: new Journal<T>(path, fd), entries };
  }

  /** Writes one entry and waits until the disk has it. */
  append(entry: T): void {
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    let written = 0;
    while (written < line.length) written += writeSync(this.#fd, line, written);
    fsyncSync(this.#fd);
  }

  close(): void {
    if (this.#fd < 0) return;
    closeSync(this.#fd);
    this.#fd = -1;
  }
}

function syncDirectory(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems cannot fsync a directory; the file's own fsync still holds.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
