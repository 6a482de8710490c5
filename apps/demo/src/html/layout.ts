import type { RequestContext } from '../http/context.js';
import { SCHEMES } from '../http/context.js';
import { LANGS } from '../i18n/lang.js';
import { attrs, html, type Html } from './html.js';
import { layoutMessages, languageNames } from './layout.messages.js';
import { accountControl } from './account.js';

export interface PageOptions {
  /** The page's own title; the service name is added (unless it is the title, as on the front page). */
  title: string;
  main: Html;
  /**
   * A browser entry in dist/public (without `.js`) that enhances this page with our elements. Every
   * entry defines the header's `<felles-id-login-button>`; a page without elements of its own gets
   * `common`, so its login is the element too.
   */
  script?: string;
  /** Which main-menu entry is this page. */
  nav?: 'journey' | 'summary' | 'consents';
}

/** The settings link for one preference, coming back to this page (other query parameters kept). */
function withPreference(ctx: RequestContext, name: 'lang' | 'scheme', value: string): string {
  const params = new URLSearchParams({ [name]: value, next: `${ctx.url.pathname}${ctx.url.search}` });
  return `/settings?${params}`;
}

/**
 * The frame every page shares: language and colour-scheme switches, account, main menu, footer.
 * The switches come before the account in the page, and lead to another path (/settings): axe takes
 * the skip link for a skip link only when a link to another page follows it outside any shadow root.
 */
export function layout(ctx: RequestContext, page: PageOptions): Html {
  const t = layoutMessages[ctx.lang];
  const script = page.script ?? 'common';
  return html`<!doctype html>
<html lang="${ctx.lang}" data-color-scheme="${ctx.scheme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${page.title === t.serviceName ? t.serviceName : `${page.title} – ${t.serviceName}`}</title>
<link rel="stylesheet" href="/assets/inter/index.css">
<link rel="stylesheet" href="/assets/ds/theme.css">
<link rel="stylesheet" href="/assets/ds/designsystemet.css">
<link rel="stylesheet" href="/assets/demo.css">
<script type="module" src="/assets/js/${script}.js"></script>
</head>
<body>
<a class="ds-skip-link" href="#main">${t.skipLink}</a>
<header class="demo-header">
  <a class="demo-brand" href="/">${t.serviceName}</a>
  <div class="demo-header__settings">
    <nav aria-label="${t.languageNav}">
      <ul class="demo-switch">
        ${LANGS.map(
          (lang) =>
            html`<li><a href="${withPreference(ctx, 'lang', lang)}" lang="${lang}" hreflang="${lang}" aria-current="${lang === ctx.lang ? 'true' : 'false'}">${languageNames[lang]}</a></li>`,
        )}
      </ul>
    </nav>
    <nav aria-label="${t.schemeNav}">
      <ul class="demo-switch">
        ${SCHEMES.map(
          (scheme) =>
            html`<li><a href="${withPreference(ctx, 'scheme', scheme)}" aria-current="${scheme === ctx.scheme ? 'true' : 'false'}">${t[scheme]}</a></li>`,
        )}
      </ul>
    </nav>
  </div>
  ${accountControl(ctx)}
  ${
    ctx.user
      ? html`<nav class="demo-mainnav" aria-label="${t.mainNav}"><ul>
      <li><a href="/journey"${attrs({ 'aria-current': page.nav === 'journey' ? 'page' : undefined })}>${t.navJourney}</a></li>
      <li><a href="/summary"${attrs({ 'aria-current': page.nav === 'summary' ? 'page' : undefined })}>${t.navSummary}</a></li>
      <li><a href="/consents"${attrs({ 'aria-current': page.nav === 'consents' ? 'page' : undefined })}>${t.navConsents}</a></li>
    </ul></nav>`
      : ''
  }
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer class="demo-footer"><p class="ds-paragraph" data-size="sm">${t.footer}</p></footer>
</body>
</html>
`;
}
