import type { ConsentRequest } from '@felles/client-samtykke';
import type { RequestContext } from '../../http/context.js';
import { sendHtml } from '../../http/respond.js';
import { csrfField } from '../../html/account.js';
import { alert } from '../../html/forms.js';
import { attrs, html, jsonScript, type Html } from '../../html/html.js';
import { layout } from '../../html/layout.js';
import { apiText } from '../../i18n/api-text.js';
import { formatDate } from '../../i18n/format.js';
import type { Journey } from '../../journey/types.js';
import { commonMessages } from '../../pages/common.messages.js';
import { consentsMessages } from './messages.js';

export interface ConsentsPageState {
  journey: Journey | undefined;
  subject: string;
  /** `undefined` when the consent API did not answer. */
  requests: ConsentRequest[] | undefined;
  withdrawn?: boolean;
  status?: number;
}

/** One request as plain HTML, with a POST form to withdraw it when it was given. */
function item(ctx: RequestContext, request: ConsentRequest): Html {
  const t = consentsMessages[ctx.lang];
  const texts = request.texts;
  const resources = [...new Set(request.consentRights.flatMap((right) => right.resource.map((r) => r.value)))];
  const names = resources.map((resource) => {
    const dataset = texts?.datasets.find((d) => d.resource === resource);
    return dataset ? html`${apiText(dataset.name, ctx.lang)} (${apiText(dataset.source, ctx.lang)})` : resource;
  });
  return html`<li class="ds-card demo-record" data-consent="${request.id}">
  <dl class="demo-facts">
    <dt>${t.requester}</dt><dd>${texts ? apiText(texts.requester, ctx.lang) : request.to}</dd>
    <dt>${t.datasets}</dt><dd><ul class="demo-plain-list">${names.map((name) => html`<li>${name}</li>`)}</ul></dd>
    <dt>${t.status}</dt><dd><strong>${t[request.status]}</strong></dd>
    <dt>${t.validTo}</dt><dd>${formatDate(request.validTo, ctx.lang)}</dd>
  </dl>
  ${
    request.status === 'accepted'
      ? html`<form method="post" action="/consents">${csrfField(ctx)}<input type="hidden" name="consentId" value="${request.id}"><p><button class="ds-button" data-variant="secondary" type="submit">${t.withdraw}</button></p></form>`
      : ''
  }
</li>`;
}

/**
 * `GET /consents`: the consents asked of the company (or the person), as a list the server
 * renders, which `<felles-consent-list>` takes over with script.
 */
export function renderConsentsPage(ctx: RequestContext, state: ConsentsPageState): void {
  const t = consentsMessages[ctx.lang];
  const c = commonMessages[ctx.lang];
  const company = state.journey?.company;
  const heading = company?.organisasjonsnummer ? t.subjectCompany(company.navn) : t.subjectPerson;
  const requests = state.requests;
  const main = html`<p><a class="ds-link" href="/journey">${c.backToJourney}</a></p>
<h1 class="ds-heading" data-size="lg">${t.title}</h1>
${state.withdrawn ? alert('success', html`<p class="ds-paragraph">${t.withdrawn}</p>`, true) : ''}
${requests ? '' : alert('danger', html`<p class="ds-paragraph">${t.unavailable}</p>`, true)}
<p class="ds-paragraph" data-variant="long">${t.lead}</p>
<section aria-labelledby="list-heading">
  <h2 class="ds-heading" data-size="md" id="list-heading">${heading}</h2>
  ${
    requests
      ? html`<felles-consent-list${attrs({ subject: state.subject, endpoint: ctx.app.config.samtykkeBaseUrl })}>
    ${requests.length ? html`<ul class="demo-plain-list demo-consents">${requests.map((request) => item(ctx, request))}</ul>` : html`<p class="ds-paragraph">${t.none}</p>`}
  </felles-consent-list>
  ${jsonScript('consent-requests', requests)}`
      : ''
  }
</section>`;
  sendHtml(ctx.reply, state.status ?? 200, layout(ctx, { title: t.title, main, script: 'consents', nav: 'consents' }));
}
