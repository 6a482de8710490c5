import type { ConsentRequest, LocalizedText } from '@felles/client-samtykke';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from './lang.js';

/** A service's text in the page's language, else in Bokmål, which every text has. */
export const pick = (text: LocalizedText | undefined, lang: Lang): string | undefined => (text ? (text[lang] ?? text.nb) : undefined);

/** `'nb'` when `pick` falls back to Bokmål for `text`, so the text can be marked `lang="nb"`; else undefined. */
export const fallbackLang = (text: LocalizedText | undefined, lang: Lang): 'nb' | undefined =>
  text && lang !== 'nb' && text[lang] === undefined ? 'nb' : undefined;

/**
 * A service's text as `pick` chooses it, in a `<span>` that carries its `lang` when the language it is in
 * is not `around`, the language of what surrounds it: Bokmål standing in for a missing Sámi text, or the
 * page's English text while the element's own texts are still Bokmål because English is loading. Always
 * the same `<span>`, marked or not, so a server render and the browser's first render match whatever
 * each knew of the languages.
 */
export function textIn(text: LocalizedText | undefined, lang: Lang, around: Lang): TemplateResult | undefined {
  const picked = pick(text, lang);
  if (picked === undefined) return undefined;
  const own = text?.[lang] !== undefined ? lang : 'nb';
  return html`<span lang=${own === around ? nothing : own}>${picked}</span>`;
}

/** Only http(s) links from API data become links: a `javascript:` URL in a request must never run. */
export const safeUrl = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Who asks: the name the request gives, else the organisation number from its URN. */
export const requesterName = (request: ConsentRequest, lang: Lang): string => pick(request.texts?.requester, lang) ?? request.to.split(':').pop()!;

/** The names of the datasets asked for, each once, with the language of any that falls back to Bokmål. */
export function datasetNames(request: ConsentRequest, lang: Lang): { name: string; lang: 'nb' | undefined }[] {
  const resources = new Set(request.consentRights.flatMap((right) => right.resource.map((r) => r.value)));
  return [...resources].map((resource) => {
    const name = request.texts?.datasets.find((d) => d.resource === resource)?.name;
    return { name: pick(name, lang) ?? resource, lang: fallbackLang(name, lang) };
  });
}
