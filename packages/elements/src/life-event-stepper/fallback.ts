import { localize, placeSteps, type LifeEvent } from '@felles/life-events';
import type { Lang } from '../internal/lang.js';
import en from './messages.en.js';
import { messages, type StepperMessages } from './messages.js';
import nn from './messages.nn.js';
import se from './messages.se.js';

// The element loads its other languages on demand; a server writing HTML has them all at hand.
const dictionaries: Record<Lang, StepperMessages> = { nb: messages.nb, nn, en, se };

export interface FallbackOptions {
  /** Default `nb`. */
  lang?: Lang;
  /** Level of the step headings; default 2. */
  headingLevel?: number;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The steps of a life event as plain HTML, every step open: put it inside
 * `<felles-life-event-stepper>` on the server, so the steps are readable before (or without)
 * JavaScript. Texts are escaped; a text that falls back to Bokmål is marked `lang="nb"`.
 */
export function lifeEventFallbackHtml(event: LifeEvent, options: FallbackOptions = {}): string {
  const lang = options.lang ?? 'nb';
  const dictionary = dictionaries[lang] ?? messages.nb;
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 2) || 2));
  const text = (value: Parameters<typeof localize>[0]) => {
    const result = localize(value, lang);
    const content = escape(result.text);
    return result.lang === lang ? content : `<span lang="${result.lang}">${content}</span>`;
  };
  const items = placeSteps(event).map(({ step, number, relation }) => {
    const marker = relation ? dictionary[relation] : `${dictionary.step} ${number}:`;
    const optional = step.optional ? ` (${dictionary.optional})` : '';
    return (
      `<li><h${level}>${escape(marker)} ${text(step.title)}${escape(optional)}</h${level}>` +
      `<p>${text(step.description)}</p>` +
      `<p>${escape(dictionary.responsible)}: ${text(step.body.name)} (${escape(dictionary[step.body.level])})</p>` +
      `<p><a href="${escape(step.url)}">${escape(dictionary.goTo)}</a></p></li>`
    );
  });
  return `<ol aria-label="${escape(localize(event.title, lang).text)}">${items.join('')}</ol>`;
}
