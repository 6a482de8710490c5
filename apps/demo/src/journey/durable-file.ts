import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

let sequence = 0;

/**
 * Replaces `file` with `data` so that after a crash or power cut it holds either the old content or
 * the new, never a part: written to a temporary file beside it, flushed to disk (fsync), renamed over
 * it, and the folder flushed so the rename itself is on disk.
 */
export async function writeFileDurably(file: string, data: string, mode = 0o600): Promise<void> {
  const temporary = `${file}.${process.pid}.${++sequence}.tmp`;
  const handle = await open(temporary, 'w', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(file));
}

/** Flushes a folder's entries; some systems (Windows) cannot open a folder, and there is nothing to do. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EPERM' && code !== 'EISDIR') throw error;
  } finally {
    await handle.close();
  }
}
