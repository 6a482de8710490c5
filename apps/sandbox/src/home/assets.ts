import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';

const require = createRequire(import.meta.url);

/** Resolved on first use, so a sandbox installed without them still serves its page (unstyled). */
function resolveFile(name: string): string | undefined {
  try {
    return require.resolve(name);
  } catch {
    return undefined;
  }
}

const types: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.js': 'text/javascript; charset=utf-8' };

/** The file behind `/__sandbox/assets/<rest>`: Designsystemet's CSS and theme, the Inter font and the Felles elements, from node_modules. */
function assetFile(rest: string): string | undefined {
  if (rest === 'designsystemet.css') return resolveFile('@digdir/designsystemet-css');
  if (rest === 'theme.css') return resolveFile('@digdir/designsystemet-theme');
  // Every Felles element in one file, for the sandbox's own pages (Altinn's consent page). Not a declared
  // dependency: @felles/elements tests against the sandbox, so the workspace's copy is used when built.
  if (rest === 'felles.bundle.js') return resolveFile('@felles/elements/bundle.js');
  // What the bundle loads when needed, from the folder beside it.
  if (rest.startsWith('felles.bundle/')) {
    const bundle = resolveFile('@felles/elements/bundle.js');
    return bundle && fileUnder(join(dirname(bundle), 'felles.bundle'), rest.slice('felles.bundle/'.length));
  }
  if (rest.startsWith('inter/')) {
    const index = resolveFile('@fontsource-variable/inter');
    return index && fileUnder(dirname(index), rest.slice('inter/'.length));
  }
  return undefined;
}

/** `relative` inside `dir`, or undefined when it would leave that folder. */
function fileUnder(dir: string, relative: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return undefined;
  }
  const file = normalize(join(dir, decoded));
  return file.startsWith(dir + sep) ? file : undefined;
}

/** Serves one asset of the front page; false when there is none at that path. */
export async function serveHomeAsset(rest: string, res: ServerResponse): Promise<boolean> {
  const file = assetFile(rest);
  const type = file && types[extname(file)];
  if (!file || !type) return false;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    res.writeHead(200, {
      'content-type': type,
      'content-length': info.size,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
    return true;
  } catch {
    return false;
  }
}
