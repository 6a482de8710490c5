import { escapeHtml as esc } from '../idporten/pages.js';
import { adminPrefix } from '../server.js';
import { companies, consentPerson, faults, homeLangs, loopbackClientId, messages, persons, serviceInfo, type HomeLang } from './content.js';

/** `?lang=` first, then the first of Accept-Language's languages (by weight) that the page speaks; Norwegian by default. */
export function pickHomeLang(query: string | null, acceptLanguage: string | undefined): HomeLang {
  const known = (tag: string): HomeLang | undefined => {
    const base = tag.trim().toLowerCase().split('-')[0] ?? '';
    if (base === 'en') return 'en';
    if (base === 'nb' || base === 'nn' || base === 'no' || base === 'se') return 'nb';
    return undefined;
  };
  const fromQuery = query ? known(query) : undefined;
  if (fromQuery) return fromQuery;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag, q: Number.isNaN(q) ? 0 : q };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const lang = known(tag);
    if (lang) return lang;
  }
  return 'nb';
}

export interface HomeService {
  name: string;
  prefix: string;
}

const code = (text: string) => `<code>${esc(text)}</code>`;
const pre = (text: string) => `<pre class="home-code"><code>${esc(text)}</code></pre>`;

/** The sandbox's front page: what runs here and how to use it, in Designsystemet's look. */
export function homePage(lang: HomeLang, origin: string, services: readonly HomeService[]): string {
  const t = messages[lang];
  const issuer = `${origin}/idporten`;
  const adresser = services.find((s) => s.name === 'adresser');
  const faultService = adresser?.name ?? services[0]?.name ?? 'adresser';
  const faultUrl = adresser ? `${origin}${adresser.prefix}/sok?sok=kirkegata&__fault=503:2` : `${origin}/?__fault=500`;
  const otherLang = homeLangs.find((l) => l !== lang) ?? 'en';

  const serviceRows = services
    .map((s) => {
      const info = serviceInfo[s.name];
      const base = `${origin}${s.prefix}`;
      const example = info ? `${base}${info.example}` : base;
      return `<tr><th scope="row">${esc(info?.title[lang] ?? s.name)}<br><span class="home-muted">${code(s.name)}</span></th>
<td>${code(base)}</td><td>${esc(info?.about[lang] ?? '')} <a class="ds-link" href="${esc(example)}">${t.tryIt}</a></td></tr>`;
    })
    .join('\n');

  const personRows = persons
    .map(
      (p) =>
        `<tr><th scope="row">${esc(p.name)}</th><td>${code(p.id)}</td><td>${p.pid ? code(p.pid) : esc(t.noPid)}</td><td>${esc(p.use[lang])}</td></tr>`,
    )
    .join('\n');
  const companyRows = companies.map((c) => `<tr><td>${code(c.orgnr)}</td><td>${esc(c.use[lang])}</td></tr>`).join('\n');
  const faultRows = faults.map((f) => `<tr><td>${code(f.spec)}</td><td>${esc(f.what[lang])}</td></tr>`).join('\n');

  const clientExample = `import { createIdportenBrowserClient } from '@felles/client-idporten/browser';

const idporten = createIdportenBrowserClient({
  issuer: '${issuer}',
  clientId: '${loopbackClientId}',
  redirectUri: \`\${location.origin}/callback\`, // any port, any path on localhost / 127.0.0.1
});
await idporten.login();                        // on the callback page: await idporten.handleCallback()`;

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${t.title}</title>
<link rel="stylesheet" href="${adminPrefix}/assets/inter/index.css">
<link rel="stylesheet" href="${adminPrefix}/assets/theme.css">
<link rel="stylesheet" href="${adminPrefix}/assets/designsystemet.css">
<style>
body { margin: 0; font-family: 'Inter Variable', Inter, system-ui, sans-serif; background: var(--ds-color-neutral-background-default, #fff); color: var(--ds-color-neutral-text-default, #1e2b3c); }
main { max-width: 64rem; margin: 0 auto; padding: var(--ds-size-8, 2rem) var(--ds-size-4, 1rem); }
section { margin-block: var(--ds-size-10, 2.5rem); }
table { width: 100%; }
.home-muted { color: var(--ds-color-neutral-text-subtle, #4b5563); font-weight: normal; }
.home-code { background: var(--ds-color-neutral-surface-tinted, #f3f4f6); border-radius: var(--ds-border-radius-md, 4px); padding: var(--ds-size-3, 0.75rem); overflow-x: auto; font-size: 0.875rem; }
.home-lang { float: right; }
</style>
</head>
<body>
<main id="main" class="ds-body-text">
<p class="home-lang"><a class="ds-link" href="?lang=${otherLang}" hreflang="${otherLang}" lang="${otherLang}">${otherLang === 'en' ? 'English' : 'Norsk'}</a></p>
<h1 class="ds-heading" data-size="lg">${t.title}</h1>
<p class="ds-paragraph">${esc(t.lead)}</p>

<section id="services" aria-labelledby="services-h">
<h2 class="ds-heading" data-size="md" id="services-h">${t.services}</h2>
<table class="ds-table" data-border>
<thead><tr><th scope="col">${t.service}</th><th scope="col">${t.baseUrl}</th><th scope="col">${t.what}</th></tr></thead>
<tbody>
${serviceRows}
</tbody>
</table>
</section>

<section id="persons" aria-labelledby="persons-h">
<h2 class="ds-heading" data-size="md" id="persons-h">${t.persons}</h2>
<p class="ds-paragraph">${esc(t.personsLead)}</p>
<table class="ds-table" data-border>
<thead><tr><th scope="col">${t.name}</th><th scope="col">id</th><th scope="col">${t.pid}</th><th scope="col">${t.goodFor}</th></tr></thead>
<tbody>
${personRows}
</tbody>
</table>
<p class="ds-paragraph">${t.consentPerson}: ${code(consentPerson.pid)}. ${esc(consentPerson.use[lang])}</p>
</section>

<section id="companies" aria-labelledby="companies-h">
<h2 class="ds-heading" data-size="md" id="companies-h">${t.companies}</h2>
<table class="ds-table" data-border>
<thead><tr><th scope="col">${t.orgnr}</th><th scope="col">${t.goodFor}</th></tr></thead>
<tbody>
${companyRows}
</tbody>
</table>
</section>

<section id="faults" aria-labelledby="faults-h">
<h2 class="ds-heading" data-size="md" id="faults-h">${t.faults}</h2>
<p class="ds-paragraph">${esc(t.faultsLead)}</p>
${pre(`curl -i '${faultUrl}'
curl -i -H 'x-felles-fault: latency:800,500' '${adresser ? `${origin}${adresser.prefix}/sok?sok=kirkegata` : origin}'
curl -X POST ${origin}${adminPrefix}/faults -H 'content-type: application/json' \\
  -d '{"service":"${faultService}","fault":"500","count":2}'
curl -X DELETE ${origin}${adminPrefix}/faults`)}
<table class="ds-table" data-border>
<thead><tr><th scope="col">${t.fault}</th><th scope="col">${t.effect}</th></tr></thead>
<tbody>
${faultRows}
</tbody>
</table>
</section>

<section id="own-app" aria-labelledby="own-app-h">
<h2 class="ds-heading" data-size="md" id="own-app-h">${t.ownApp}</h2>
<p class="ds-paragraph">${esc(t.ownAppLead(loopbackClientId))}</p>
<p class="ds-paragraph">${t.issuer}: ${code(issuer)}</p>
${pre(clientExample)}
<h3 class="ds-heading" data-size="sm">${t.clients}</h3>
<p class="ds-paragraph">${esc(t.clientsLead)}</p>
</section>

<p class="ds-paragraph home-muted">${esc(t.json)}</p>
</main>
</body>
</html>
`;
}
