import type { Lang } from './lang.js';

const NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date written out as `Intl.DateTimeFormat(locale, { dateStyle: 'long' })` writes it ("30. juni 2027",
 * "30 June 2027"), in the browser's time zone as `Intl` would, without `Intl`: a page's first
 * `Intl.DateTimeFormat` costs tens of milliseconds, most of a dialog's first opening, to write a date
 * whose form is fixed. Nynorsk writes it as Bokmål does; Sámi, which `Intl` often lacks, in Bokmål as
 * the elements always have.
 */
export function longDate(date: Date, lang: Lang): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  const day = date.getDate();
  const year = date.getFullYear();
  return lang === 'en' ? `${day} ${EN[date.getMonth()]} ${year}` : `${day}. ${NB[date.getMonth()]} ${year}`;
}
