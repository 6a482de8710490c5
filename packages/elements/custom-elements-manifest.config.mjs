import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { fellesDefinePlugin, fellesEventsPlugin, fellesStatePlugin } from './scripts/cem-felles-plugin.mjs';

/** The built entry point of an element's source module: `src/x/x.ts` → `dist/x/index.js` (the `./x` export). */
const builtModule = (_name, modulePath) => modulePath.replace(/^\/?src\/([^/]+)\/.*$/, 'dist/$1/index.js');

/**
 * The manifest feeds Storybook's docs, editor hints and the React wrappers; every public element is in it.
 * From it the same run writes VS Code's custom data (dist/vscode.*-custom-data.json, for `html.customData`)
 * and JetBrains' web-types (dist/web-types.json, found through package.json's `web-types`).
 */
export default {
  globs: ['src/*/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.styles.ts',
    'src/**/messages*.ts',
    'src/internal/!(form-control|lookup-field).ts',
    'src/internal/demo/**',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [
    fellesDefinePlugin(),
    fellesEventsPlugin(),
    fellesStatePlugin(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist',
      webTypesFileName: 'web-types.json',
      modulePathTemplate: builtModule,
      hideLogs: true,
    }),
  ],
};
