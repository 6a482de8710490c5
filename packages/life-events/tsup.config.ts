import { defineConfig } from 'tsup';

// Each event is its own entry (and subpath export), so `loadLifeEvent` and
// `@felles/life-events/events/<id>` both reach one small file per event.
export default defineConfig({
  entry: ['src/index.ts', 'src/schema.ts', 'src/events/*.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
