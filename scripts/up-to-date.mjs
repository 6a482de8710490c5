/**
 * Lets `npm start` skip work whose result is still current: a stamp file lists the inputs a build read
 * (esbuild's metafile, or a folder walk); the result is current while every input is older than the
 * stamp. `package-lock.json` is always an input, since npm writes old modification times into
 * node_modules and a changed dependency would otherwise go unnoticed.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from './workspace-source.mjs';

const lockfile = join(root, 'package-lock.json');

/** The modification time of `path` in ms, or Infinity when it is gone (so the stamp is stale). */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/**
 * True when `stamp` exists, every output it names exists, and no input changed since it was written.
 * @param {string} stamp
 */
export function isUpToDate(stamp) {
  if (!existsSync(stamp)) return false;
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(stamp, 'utf8'));
  } catch {
    return false;
  }
  if (!Array.isArray(recorded.inputs) || !Array.isArray(recorded.outputs)) return false;
  const written = mtime(stamp);
  return recorded.outputs.every((file) => existsSync(file)) && [...recorded.inputs, lockfile].every((file) => mtime(file) <= written);
}

/**
 * Records what a build read and wrote. Paths may be relative to the working directory (as esbuild's
 * metafile gives them); they are stored absolute.
 * @param {string} stamp
 * @param {{ inputs: string[], outputs: string[] }} files
 */
export function writeStamp(stamp, { inputs, outputs }) {
  writeFileSync(stamp, JSON.stringify({ inputs: inputs.map((file) => resolve(file)), outputs: outputs.map((file) => resolve(file)) }));
}

/**
 * Every file and folder under `dir` (a folder's own time changes when a file is added or removed).
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  return [
    dir,
    ...readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
    ),
  ];
}
