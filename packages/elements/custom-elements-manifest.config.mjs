import { fellesDefinePlugin, fellesEventsPlugin, fellesStatePlugin } from './scripts/cem-felles-plugin.mjs';

/** The manifest feeds Storybook's docs, editor hints and the React wrappers; every public element is in it. */
export default {
  globs: ['src/*/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/**/messages*.ts', 'src/internal/!(form-control).ts', 'src/internal/demo/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [fellesDefinePlugin(), fellesEventsPlugin(), fellesStatePlugin()],
};
