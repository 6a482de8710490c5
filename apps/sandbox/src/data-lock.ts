import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another sandbox (process ${pid}). Two sandboxes on one folder would both write ` +
        `the consent journal. Stop the other one, or give this one its own folder with --data-dir or FELLES_SANDBOX_DATA.`,
    );
  }
}

/** An exclusive hold on a data folder; `release()` gives it up. */
export interface DataDirLock {
  readonly path: string;
  release(): Promise<void>;
}

const lockName = 'sandbox.lock';

/** Whether a process with this id is running (EPERM: it is, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data folder for this process: `sandbox.lock`, created exclusively (`wx`) with our pid.
 * A lock left by a process that is gone (killed, crashed) is taken over; one held by a live process
 * is refused with a {@link DataDirLockedError}.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, lockName);
  // Twice at most: once as found, once after removing a stale lock.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      let released = false;
      return {
        path,
        release: async () => {
          if (released) return;
          released = true;
          // Only our own lock: never one a later process took over.
          if ((await readPid(path)) === process.pid) await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = await readPid(path);
    // A lock file being written right now has no pid yet: give its writer a moment.
    if (pid === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if ((await readPid(path)) === undefined) await rm(path, { force: true });
      continue;
    }
    if (alive(pid)) throw new DataDirLockedError(dataDir, pid);
    await rm(path, { force: true });
  }
  throw new Error(`Could not take the lock ${path}: other processes keep taking it.`);
}

async function readPid(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
