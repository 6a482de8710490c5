/** The languages of Storybook's toolbar (`.storybook/preview.ts`). */
export type StoryLang = 'nb' | 'nn' | 'en' | 'se';

const langs: readonly StoryLang[] = ['nb', 'nn', 'en', 'se'];

/**
 * The toolbar's language, which the preview sets on the story's wrapper and the elements follow: a
 * story's own texts (labels, hints, its buttons) are picked in it too, so that a story shown in
 * English or Sámi is not half Bokmål.
 */
export function storyLang(context: { globals: Record<string, unknown> }): StoryLang {
  const lang = context.globals['lang'];
  return langs.includes(lang as StoryLang) ? (lang as StoryLang) : 'nb';
}

/** A story's own texts in the toolbar's language. */
export function storyTexts<T>(context: { globals: Record<string, unknown> }, texts: Record<StoryLang, T>): T {
  return texts[storyLang(context)];
}

/**
 * A story form's own buttons, as Designsystemet's buttons in the toolbar's language. The Northern Sámi
 * words are a first translation, to be read by a native speaker.
 */
export const formButtons: Record<StoryLang, { submit: string; reset: string }> = {
  nb: { submit: 'Send', reset: 'Tilbakestill' },
  nn: { submit: 'Send', reset: 'Tilbakestill' },
  en: { submit: 'Send', reset: 'Reset' },
  se: { submit: 'Sádde', reset: 'Álggat ođđasit' },
};
