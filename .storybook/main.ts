import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

/** A Vite plugin resolving `@felles/*` imports to the packages' TypeScript sources. */
async function workspaceSource() {
  const { resolveSource, workspacePackages } = await import('../scripts/workspace-source.mjs');
  const packages = workspacePackages();
  return {
    name: 'felles-workspace-source',
    enforce: 'pre' as const,
    resolveId: (id: string) => (id.startsWith('@felles/') ? (resolveSource(id, packages) as string | undefined) : undefined),
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/**/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown, so the tables in the MDX guides render as tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The readers are designers and service teams, not people setting up Storybook.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      // `npm start` serves the workspace's packages from source, so a fresh clone needs no build first.
      plugins: process.env['FELLES_WORKSPACE_SOURCE'] ? [await workspaceSource()] : [],
      define: { __DEV__: 'true' },
      // One copy of Lit for stories and tests alike.
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    });
  },
};

export default config;
