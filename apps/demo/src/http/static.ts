import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A URL prefix served from a folder. */
export interface Mount {
  prefix: string;
  dir: string;
  /** Only these file extensions are served (no package.json or sources from node_modules). */
  extensions: readonly string[];
}

const require = createRequire(import.meta.url);
/** A package's main file, found as Node finds the package (works wherever npm hoisted it). */
const packageMain = (name: string) => require.resolve(name);

/**
 * What the demo serves besides its pages: Designsystemet's CSS and theme and the Inter font
 * straight from node_modules, the demo's own CSS, and the browser bundle with our elements.
 */
export function assetMounts(publicDir: string, cssDir: string, production = false): Mount[] {
  return [
    { prefix: '/assets/ds/designsystemet.css', dir: packageMain('@digdir/designsystemet-css'), extensions: ['.css'] },
    { prefix: '/assets/ds/theme.css', dir: packageMain('@digdir/designsystemet-theme'), extensions: ['.css'] },
    // index.css and the files/ folder of woff2 fonts it names.
    { prefix: '/assets/inter/', dir: dirname(packageMain('@fontsource-variable/inter')), extensions: ['.css', '.woff2'] },
    { prefix: '/assets/demo.css', dir: join(cssDir, 'demo.css'), extensions: ['.css'] },
    // Source maps show the sources to anyone: only outside production.
    { prefix: '/assets/js/', dir: publicDir, extensions: production ? ['.js'] : ['.js', '.map'] },
  ];
}

/** Serves a file under one of the mounts; `false` when no mount has it. */
export async function serveAsset(mounts: Mount[], pathname: string, res: ServerResponse): Promise<boolean> {
  for (const mount of mounts) {
    let file: string;
    if (mount.prefix.endsWith('/')) {
      if (!pathname.startsWith(mount.prefix)) continue;
      let relative: string;
      try {
        relative = decodeURIComponent(pathname.slice(mount.prefix.length));
      } catch {
        return false;
      }
      file = normalize(join(mount.dir, relative));
      // Never leave the mounted folder (`..`, encoded or not).
      if (!file.startsWith(mount.dir + sep)) return false;
    } else {
      if (pathname !== mount.prefix) continue;
      file = mount.dir;
    }
    const type = types[extname(file)];
    if (!type || !mount.extensions.includes(extname(file))) return false;
    try {
      const info = await stat(file);
      if (!info.isFile()) return false;
      // The bundle names no map itself; where maps are served, the header points the developer tools to it.
      if (extname(file) === '.js' && mount.extensions.includes('.map') && (await isFile(`${file}.map`))) {
        res.setHeader('sourcemap', `${pathname.replace(/.*\//, '')}.map`);
      }
      res.writeHead(200, {
        'content-type': type,
        'content-length': info.size,
        // Short: the bundle is rebuilt in place during development.
        'cache-control': 'public, max-age=300',
        'x-content-type-options': 'nosniff',
      });
      createReadStream(file).pipe(res);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
