import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import './core-demo.js';
import { formButtons, storyTexts } from '../../../test/story-lang.js';

/**
 * Not a published element: a small form control built only from the shared core, to show and test what
 * every Felles element gets from it. Switch language, colour scheme and size in the toolbar.
 */
const meta: Meta = {
  title: 'Foundations/Element core',
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Language from the nearest `lang` (crossing shadow roots), Designsystemet tokens with fallbacks, and form association through `ElementInternals`.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const InAForm: Story = {
  render: (_args, context) => html`
    <form id="core-form">
      <felles-core-demo name="organisation" required></felles-core-demo>
      <p class="felles-story-actions">
        <button class="ds-button" type="submit">${storyTexts(context, formButtons).submit}</button>
        <button class="ds-button" data-variant="secondary" type="reset">${storyTexts(context, formButtons).reset}</button>
      </p>
    </form>
  `,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const demo = form.querySelector('felles-core-demo')!;
    await demo.updateComplete;
    await expect(form.checkValidity()).toBe(false);
    const input = demo.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, 'Kafé Fjord AS');
    await expect(new FormData(form).get('organisation')).toBe('Kafé Fjord AS');
    await expect(form.checkValidity()).toBe(true);
  },
};

export const Nynorsk: Story = {
  render: () => html`<div lang="nn"><felles-core-demo name="organisation"></felles-core-demo></div>`,
  play: async ({ canvasElement }) => {
    const demo = canvasElement.querySelector('felles-core-demo')!;
    await demo.updateComplete;
    await expect(demo.shadowRoot!.querySelector('label')!.textContent).toBe('Organisasjonsnamn');
  },
};

export const Dark: Story = {
  render: () => html`<div data-color-scheme="dark" class="felles-story"><felles-core-demo name="organisation"></felles-core-demo></div>`,
};

export const Large: Story = {
  render: () => html`<div data-size="lg"><felles-core-demo name="organisation"></felles-core-demo></div>`,
};
