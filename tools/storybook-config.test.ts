import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import config from '../.storybook/main.js';

/** Storybook's own UI, set for the people who read the docs rather than for someone setting Storybook up. */
describe('Storybook config', () => {
  it('hides the onboarding checklist in the sidebar', () => {
    const features = config.features as { sidebarOnboardingChecklist?: boolean } | undefined;
    expect(features?.sidebarOnboardingChecklist).toBe(false);
  });

  it('compiles MDX with GitHub-flavoured Markdown', () => {
    const docs = config.addons?.find((addon) => typeof addon === 'object' && addon.name === '@storybook/addon-docs');
    expect(docs).toMatchObject({ options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } });
  });
});
