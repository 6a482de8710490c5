import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import manifest from '../packages/elements/custom-elements.json';
import { apiManifest } from './api-manifest';
import './preview.css';

setCustomElementsManifest(apiManifest(manifest));

/** Language, colour scheme and size are set on the story's wrapper, as a service would set them on a page. */
const withPageSettings: Decorator = (story, context) => {
  const { lang, scheme, size } = context.globals as { lang: string; scheme: string; size: string };
  document.documentElement.lang = lang;
  return html`<div class="felles-story" lang=${lang} data-color-scheme=${scheme} data-size=${size}>${story()}</div>`;
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Bokmål' },
          { value: 'nn', title: 'Nynorsk' },
          { value: 'en', title: 'English' },
          { value: 'se', title: 'Davvisámegiella' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (system)' },
        ],
        dynamicTitle: true,
      },
    },
    size: {
      description: 'Size',
      toolbar: {
        title: 'Size',
        icon: 'ruler',
        items: [
          { value: 'sm', title: 'Small' },
          { value: 'md', title: 'Medium' },
          { value: 'lg', title: 'Large' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'nb', scheme: 'light', size: 'md' },
  decorators: [withPageSettings],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
