import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
/** A package's main file, found as Node finds the package (works wherever npm hoisted it). */
const packageMain = (name: string) => require.resolve(name);

export interface AssetOptions {
  /** The browser bundle (dist/public). */
  publicDir: string;
  /** The demo's own CSS. */
  cssDir: string;
  /** Source maps show the sources to anyone: only outside production. */
  production: boolean;
}

// Short: the bundle is rebuilt in place during development. No index files, no dotfiles.
const sendOptions = { maxAge: 300_000, index: false, dotfiles: 'ignore', serveDotFiles: false } as const;

/** Only files with these extensions are served from a folder (no package.json or sources from node_modules). */
const only = (extensions: readonly string[]) => (path: string) => extensions.includes(extname(path));

/**
 * What the demo serves besides its pages: Designsystemet's CSS and theme and the Inter font
 * straight from node_modules, the demo's own CSS, and the browser bundle with our elements.
 */
export async function registerAssets(server: FastifyInstance, options: AssetOptions): Promise<void> {
  const interDir = dirname(packageMain('@fontsource-variable/inter'));
  // index.css and the files/ folder of woff2 fonts it names.
  await server.register(fastifyStatic, { root: interDir, prefix: '/assets/inter/', allowedPath: only(['.css', '.woff2']), ...sendOptions });
  const js = options.production ? ['.js'] : ['.js', '.map'];
  await server.register(fastifyStatic, {
    root: options.publicDir,
    prefix: '/assets/js/',
    decorateReply: false,
    allowedPath: only(js),
    // The bundle names no map itself; where maps are served, the header points the developer tools to it.
    setHeaders: options.production
      ? undefined
      : (reply, path) => {
          if (path.endsWith('.js') && existsSync(`${path}.map`)) reply.header('sourcemap', `${basename(path)}.map`);
        },
    ...sendOptions,
  });
  const files: Record<string, string> = {
    '/assets/ds/designsystemet.css': packageMain('@digdir/designsystemet-css'),
    '/assets/ds/theme.css': packageMain('@digdir/designsystemet-theme'),
    '/assets/demo.css': join(options.cssDir, 'demo.css'),
  };
  for (const [path, file] of Object.entries(files)) {
    server.get(path, (_request, reply) => reply.sendFile(basename(file), dirname(file), sendOptions));
  }
}
