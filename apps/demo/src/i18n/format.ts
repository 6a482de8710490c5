import { locales, type Lang } from './lang.js';

/** A date (`yyyy-mm-dd` or ISO date-time) as the person's language writes it, e.g. "3. mars 2025". */
export function formatDate(value: string, lang: Lang): string {
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(date);
}

export function formatDateTime(value: string, lang: Lang): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(date);
}
