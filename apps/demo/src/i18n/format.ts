import { locales, type Lang } from './lang.js';

const dateOptions: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'Europe/Oslo' };
const dateTimeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' };

/** One formatter per language and options: building one is far dearer than using it. */
const formatters = new Map<Intl.DateTimeFormatOptions, Map<Lang, Intl.DateTimeFormat>>();

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLang = formatters.get(options);
  if (!byLang) formatters.set(options, (byLang = new Map()));
  let format = byLang.get(lang);
  if (!format) byLang.set(lang, (format = new Intl.DateTimeFormat(locales[lang], options)));
  return format;
}

/** A date (`yyyy-mm-dd` or ISO date-time) as the person's language writes it, e.g. "3. mars 2025". */
export function formatDate(value: string, lang: Lang): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter(lang, dateOptions).format(date);
}

export function formatDateTime(value: string, lang: Lang): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter(lang, dateTimeOptions).format(date);
}
