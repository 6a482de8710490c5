import { documentLang, langNames, pageLangs, pageMessages, textLang, type PageLang, type PageMessages } from './messages.js';
import { testPersons } from './persons.js';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Small, self-contained and high-contrast: no external assets, so it works offline. */
const style = `
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0; background: Canvas; color: CanvasText; }
  main { max-width: 36rem; margin: 2rem auto; padding: 0 1rem; }
  .badge { display: inline-block; padding: .1rem .5rem; border: 1px solid currentColor; border-radius: .25rem; font-size: .875rem; }
  fieldset { border: 1px solid GrayText; border-radius: .5rem; margin: 0 0 1rem; padding: .75rem 1rem; }
  legend { font-weight: 600; padding: 0 .25rem; }
  label { display: block; padding: .25rem 0; }
  .pid { font-variant-numeric: tabular-nums; }
  .actions { display: flex; gap: .75rem; flex-wrap: wrap; }
  button, .button { font: inherit; padding: .6rem 1.2rem; border-radius: .375rem; border: 2px solid #0062ba; cursor: pointer; }
  button[type=submit]:not([formaction]), .button { background: #0062ba; color: #fff; text-decoration: none; }
  button[formaction] { background: transparent; color: inherit; }
  :focus-visible { outline: 3px solid #d5631a; outline-offset: 2px; }
  nav ul { list-style: none; display: flex; gap: 1rem; padding: 0; }
  iframe { display: none; }
`;

/** ` lang="…"` for a text whose language is not the page's (a fallback or a translation among fallbacks), else nothing. */
function langAttr(lang: PageLang, key: keyof PageMessages): string {
  const own = textLang(lang, key);
  return own === documentLang(lang) ? '' : ` lang="${own}"`;
}

/** A text of `lang`'s pages as HTML, in a span marking its language where it differs from the page's. */
function text(lang: PageLang, key: keyof PageMessages, html = String(pageMessages[lang][key])): string {
  const attr = langAttr(lang, key);
  return attr ? `<span${attr}>${html}</span>` : html;
}

/** A whole page in `lang`; `<html lang>` is the language most of its texts are in (see documentLang). */
export function page(lang: PageLang, title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="${documentLang(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style}</style>${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface LoginPageInput {
  lang: PageLang;
  action: string;
  abortAction: string;
  /** Path of this page, for the language links. */
  selfPath: string;
  clientName: string;
  /** The lowest level the client asked for. */
  minimumLevel: 'substantial' | 'high';
}

export function loginPage(input: LoginPageInput): string {
  const m = pageMessages[input.lang];
  const t = (key: keyof PageMessages, html?: string) => text(input.lang, key, html);
  const persons = testPersons
    .map((person, index) => {
      const detail = person.pid ? `${t('pid')} <span class="pid">${person.pid}</span>` : t('noPid');
      return `<label><input type="radio" name="person" value="${escapeHtml(person.id)}"${index === 0 ? ' checked' : ''} required> ${escapeHtml(`${person.givenName} ${person.familyName}`)} (${detail})</label>`;
    })
    .join('\n');
  const levels = (['substantial', 'high'] as const)
    .filter((level) => input.minimumLevel === 'substantial' || level === 'high')
    .map(
      (level) =>
        `<label><input type="radio" name="level" value="${level}"${level === input.minimumLevel ? ' checked' : ''} required> ${t(level)}</label>`,
    )
    .join('\n');
  const langLinks = pageLangs
    .map((lang) =>
      lang === input.lang
        ? `<li><a href="${input.selfPath}?lang=${lang}" aria-current="true" lang="${lang}">${langNames[lang]}</a></li>`
        : `<li><a href="${input.selfPath}?lang=${lang}" lang="${lang}" hreflang="${lang}">${langNames[lang]}</a></li>`,
    )
    .join('');
  return page(
    input.lang,
    `${m.heading} – ${m.title}`,
    `<p><span class="badge">${t('title')}</span></p>
<h1>${t('heading')}</h1>
<p>${t('intro')}</p>
<p>${t('service', escapeHtml(m.service(input.clientName)))}${input.minimumLevel === 'high' ? ` ${t('highRequired')}` : ''}</p>
<form method="post" action="${input.action}">
<input type="hidden" name="lang" value="${input.lang}">
<fieldset>
<legend>${t('person')}</legend>
${persons}
</fieldset>
<fieldset>
<legend>${t('level')}</legend>
${levels}
</fieldset>
<div class="actions">
<button type="submit">${t('submit')}</button>
<button type="submit" formaction="${input.abortAction}" formnovalidate>${t('cancel')}</button>
</div>
</form>
<nav aria-label="${m.language}"${langAttr(input.lang, 'language')}><ul>${langLinks}</ul></nav>`,
  );
}

export function messagePage(lang: PageLang, heading: string, text: string): string {
  const m = pageMessages[lang];
  return page(
    lang,
    `${heading} – ${m.title}`,
    `<p><span class="badge">${m.title}</span></p>\n<h1>${escapeHtml(heading)}</h1>\n<p>${escapeHtml(text)}</p>`,
  );
}

/**
 * Shown after logout: loads each client's front-channel logout URL in a
 * hidden iframe (as ID-porten does), then continues to where the client asked
 * to go. Without JavaScript the person follows the link.
 */
export function frontChannelPage(lang: PageLang, frames: string[], next: string): string {
  const m = pageMessages[lang];
  const iframes = frames.map((src) => `<iframe src="${escapeHtml(src)}" title="logout" data-frontchannel-logout></iframe>`).join('\n');
  const script = `<script>
  (function () {
    var frames = document.querySelectorAll('iframe[data-frontchannel-logout]');
    var left = frames.length;
    function go() { location.replace(${JSON.stringify(next)}); }
    if (!left) return go();
    frames.forEach(function (f) { f.addEventListener('load', function () { if (--left === 0) go(); }); });
    setTimeout(go, 2500);
  })();
</script>`;
  return page(
    lang,
    `${m.loggedOut} – ${m.title}`,
    `<h1>${m.loggedOut}</h1>\n${iframes}\n<p><a class="button" href="${escapeHtml(next)}" data-continue>${m.continue}</a></p>\n${script}`,
  );
}

/** The logout confirmation ID-porten does not ask for: submitted at once, with a button if scripts are off. */
export function logoutPage(lang: PageLang, form: string): string {
  const m = pageMessages[lang];
  return page(
    lang,
    `${m.loggingOut} – ${m.title}`,
    `<h1>${m.loggingOut}</h1>
${form}
<input type="hidden" name="logout" value="yes" form="op.logoutForm">
<button type="submit" form="op.logoutForm">${m.continue}</button>
<script>document.getElementById('op.logoutForm').submit();</script>`,
  );
}
