import type { ConsentRequest } from '@felles/client-samtykke';
import type { RequestContext } from '../../http/context.js';
import { sendHtml } from '../../http/respond.js';
import { csrfField } from '../../html/account.js';
import { alert } from '../../html/forms.js';
import { attrs, html, httpUrl, jsonScript, type Html } from '../../html/html.js';
import { layout } from '../../html/layout.js';
import { apiText } from '../../i18n/api-text.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { placeName } from '../../i18n/place-name.js';
import type { Journey, LicenceRecord } from '../../journey/types.js';
import { commonMessages } from '../../pages/common.messages.js';
import { licenceMessages } from './messages.js';

export interface LicencePageState {
  journey: Journey | undefined;
  /** The consent request as the consent API holds it now. */
  request?: ConsentRequest | undefined;
  /** The consent API did not answer; the stored status is shown. */
  stale?: boolean;
  consentDown?: boolean;
  registerDown?: boolean;
  unknownMunicipality?: string;
  conflict?: boolean;
  /** The person has just come back from deciding on Altinn's page: the dialog shows the outcome. */
  returned?: boolean;
  status?: number;
}

function missing(ctx: RequestContext, journey: Journey | undefined): Html {
  const t = licenceMessages[ctx.lang];
  return html`<section aria-labelledby="missing-heading">
    <h2 class="ds-heading" data-size="md" id="missing-heading">${t.missingHeading}</h2>
    <ul class="ds-list">
      ${journey?.company ? '' : html`<li><a class="ds-link" href="/company">${t.missingCompany}</a></li>`}
      ${journey?.premises ? '' : html`<li><a class="ds-link" href="/premises">${t.missingPremises}</a></li>`}
    </ul>
  </section>`;
}

/** What the application will say, and where each value came from. */
function application(ctx: RequestContext, journey: Journey): Html {
  const t = licenceMessages[ctx.lang];
  const { company, premises, licence } = journey;
  if (!company || !premises) return html``;
  return html`<section class="ds-card demo-record" aria-labelledby="application-heading">
    <h2 class="ds-heading" data-size="sm" id="application-heading">${t.applicationHeading}</h2>
    <dl class="demo-facts">
      <dt>${t.applicant}</dt>
      <dd>
        ${company.navn}${company.organisasjonsnummer ? html`, ${t.orgnr.toLowerCase()} ${company.organisasjonsnummer}` : html` (${t.newCompany})`}
        <span class="ds-tag" data-color="info">${t.reused}</span>
      </dd>
      <dt>${t.premises}</dt>
      <dd>
        ${premises.adressetekst}, ${premises.postnummer} ${placeName(premises.poststed)} <span class="ds-tag" data-color="info">${t.reused}</span>
      </dd>
      ${
        licence
          ? html`<dt>${t.authority}</dt>
              <dd>
                ${t.municipality(licence.municipality.kommunenavn)}, ${t.orgnr.toLowerCase()} ${licence.municipality.organisasjonsnummer}
                <span class="ds-tag" data-color="info">${t.derived}</span>
              </dd>`
          : ''
      }
    </dl>
  </section>`;
}

/** The request in plain HTML: what the person reads and answers without script. */
function consentDetails(ctx: RequestContext, request: ConsentRequest): Html {
  const t = licenceMessages[ctx.lang];
  const texts = request.texts;
  const lang = ctx.lang;
  if (!texts) return html``;
  // The URL comes from the consent API: only an http(s) URL becomes a link.
  const privacyUrl = httpUrl(texts.privacyUrl);
  return html`<dl class="demo-facts demo-consent">
    <dt>${t.requester}</dt>
    <dd>${apiText(texts.requester, lang)}</dd>
    <dt>${t.datasets}</dt>
    <dd>
      <ul class="ds-list">
        ${texts.datasets.map((d) => html`<li>${apiText(d.name, lang)} (${apiText(d.source, lang)})</li>`)}
      </ul>
    </dd>
    <dt>${t.purpose}</dt>
    <dd>${apiText(texts.purpose, lang)}</dd>
    <dt>${t.validTo}</dt>
    <dd>${formatDate(request.validTo, lang)}</dd>
    <dt>${t.legalBasis}</dt>
    <dd>${apiText(texts.legalBasis, lang)}</dd>
    <dt>${t.ifNo}</dt>
    <dd>${apiText(texts.consequenceOfNo, lang)}</dd>
    ${
      privacyUrl
        ? html`<dt>${t.privacy}</dt>
            <dd><a class="ds-link" href="${privacyUrl}">${t.privacyLink(apiText(texts.requester, lang))}</a></dd>`
        : ''
    }
  </dl>`;
}

/**
 * Altinn's page for the request, when it is one: an http(s) URL on Altinn's platform, so a request
 * that named another site's page sends nobody there.
 */
function altinnPage(ctx: RequestContext, licence: LicenceRecord, request: ConsentRequest | undefined): string | undefined {
  const uri = httpUrl(request?.viewUri ?? licence.viewUri);
  try {
    return uri && new URL(uri).origin === new URL(ctx.app.config.altinnPlatform).origin ? uri : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The open request, with the two ways to answer it: on Altinn's page (a link to its `viewUri`; Altinn
 * sends the person back to the return page), or here, in `<felles-consent-dialog>` with script or the
 * plain form without.
 */
function pending(ctx: RequestContext, journey: Journey, request: ConsentRequest | undefined): Html {
  const t = licenceMessages[ctx.lang];
  const licence = journey.licence!;
  const altinn = altinnPage(ctx, licence, request);
  return html`<section aria-labelledby="consent-heading" class="demo-consent-section">
  <h2 class="ds-heading" data-size="md" id="consent-heading">${t.consentHeading}</h2>
  <p class="ds-paragraph">${t.consentIntro}</p>
  <p class="ds-paragraph">${t.pendingText}</p>
  ${
    altinn
      ? html`<section class="ds-card demo-record" aria-labelledby="altinn-heading">
          <h3 class="ds-heading" data-size="xs" id="altinn-heading">${t.altinnHeading}</h3>
          <p class="ds-paragraph">${t.altinnText}</p>
          <p><a class="ds-button" href="${altinn}">${t.altinnLink}</a></p>
        </section>`
      : ''
  }
  <section class="ds-card demo-record" aria-labelledby="here-heading">
  <h3 class="ds-heading" data-size="xs" id="here-heading">${altinn ? t.hereHeading : t.answerHere}</h3>
  <div data-consent-fallback>
    ${request ? consentDetails(ctx, request) : ''}
    <form method="post" action="/licence">
      ${csrfField(ctx)}
      <input type="hidden" name="action" value="decide">
      <input type="hidden" name="consentId" value="${licence.consentId}">
      ${
        // Without the request's details (the consent API did not answer), nothing is offered to decide on.
        request
          ? html`<div class="demo-choices">
              <button class="ds-button" type="submit" name="decision" value="accept">${t.accept}</button>
              <button class="ds-button" type="submit" name="decision" value="reject">${t.reject}</button>
            </div>`
          : ''
      }
    </form>
  </div>
  ${request ? jsonScript('consent-request', request) : ''}
  <p><button class="ds-button" type="button" data-open-consent hidden>${t.openDialog}</button></p>
  <felles-consent-dialog${attrs({ 'request-id': licence.consentId, 'manage-url': '/consents' })}></felles-consent-dialog>
  </section>
</section>`;
}

/** Back from Altinn's page: the dialog opens with the outcome as Altinn holds it (it records nothing). */
function outcomeDialog(state: LicencePageState): Html {
  if (!state.returned || !state.request) return html``;
  return html`<felles-consent-dialog${attrs({ 'request-id': state.request.id, 'manage-url': '/consents', open: true })}></felles-consent-dialog>
${jsonScript('consent-outcome', state.request)}`;
}

function decided(ctx: RequestContext, journey: Journey, state: LicencePageState): Html {
  const t = licenceMessages[ctx.lang];
  const licence = journey.licence!;
  if (licence.consentStatus === 'accepted') {
    const fetched = licence.fetched;
    return html`<section aria-labelledby="result-heading" data-testid="licence-result">
      ${alert(
        'success',
        html`<h2 class="ds-heading" data-size="xs" id="result-heading">${t.acceptedHeading}</h2>
          <p class="ds-paragraph">${t.acceptedText(licence.decidedAt ? formatDateTime(licence.decidedAt, ctx.lang) : '')}</p>
          <p class="ds-paragraph">${t.withdrawInfo} <a class="ds-link" href="/consents">${t.toConsents}</a></p>`,
      )}
      ${
        fetched
          ? html`<h3 class="ds-heading" data-size="xs">${t.fetchedHeading}</h3>
              <dl class="demo-facts">
                <dt>${t.applicant}</dt>
                <dd>${fetched.navn}</dd>
                <dt>${t.orgnr}</dt>
                <dd>${fetched.organisasjonsnummer}</dd>
              </dl>`
          : ''
      }
      ${licence.taxCertificate ? html`<p class="ds-paragraph" data-testid="tax-certificate-fetched">${t.taxCertificateFetched}</p>` : ''}
      <p><a class="ds-button" href="/summary">${t.toSummary}</a></p>
      ${outcomeDialog(state)}
    </section>`;
  }
  if (licence.consentStatus === 'rejected') {
    // What was refused, what that means for the application, and the two ways on.
    return html`<section aria-labelledby="result-heading" data-testid="licence-result">
      ${alert(
        'warning',
        html`<h2 class="ds-heading" data-size="xs" id="result-heading">${t.rejectedHeading}</h2>
          <p class="ds-paragraph">${t.rejectedRefused}</p>
          <p class="ds-paragraph">${t.rejectedIncomplete(licence.municipality.kommunenavn)}</p>`,
      )}
      <h3 class="ds-heading" data-size="xs">${t.rejectedNextHeading}</h3>
      <p class="ds-paragraph">${t.rejectedNextConsent}</p>
      ${applyForm(ctx, t.askAgain)}
      <p class="ds-paragraph">${t.rejectedNextSelf}</p>
      <p><a class="ds-link" href="/summary">${t.toSummary}</a></p>
      ${outcomeDialog(state)}
    </section>`;
  }
  // Withdrawn or expired: the request no longer stands (pending and accepted are shown above).
  const heading = licence.consentStatus === 'expired' ? t.expiredHeading : t.revokedHeading;
  return html`<section aria-labelledby="result-heading" data-testid="licence-result">
    ${alert(
      'warning',
      html`<h2 class="ds-heading" data-size="xs" id="result-heading">${heading}</h2>
        <p class="ds-paragraph">${t.otherStatus}</p>`,
    )}
    ${applyForm(ctx, t.askAgain)}
    <p><a class="ds-link" href="/summary">${t.toSummary}</a></p>
    ${outcomeDialog(state)}
  </section>`;
}

function applyForm(ctx: RequestContext, label: string): Html {
  return html`<form method="post" action="/licence">
    ${csrfField(ctx)}
    <input type="hidden" name="action" value="apply" />
    <p><button class="ds-button" type="submit">${label}</button></p>
  </form>`;
}

export function renderLicencePage(ctx: RequestContext, state: LicencePageState): void {
  const t = licenceMessages[ctx.lang];
  const c = commonMessages[ctx.lang];
  const { journey } = state;
  const licence = journey?.licence;
  let body: Html;
  if (!journey?.company || !journey.premises) body = missing(ctx, journey);
  else if (!licence)
    body = html`<p class="ds-paragraph">${t.consentIntro}</p>
      ${applyForm(ctx, t.apply)}`;
  else if (licence.consentStatus === 'pending') body = pending(ctx, journey, state.request);
  else body = decided(ctx, journey, state);

  const problems = [
    state.consentDown && t.consentApiDown,
    state.registerDown && commonMessages[ctx.lang].errorText,
    state.unknownMunicipality && t.unknownMunicipality(state.unknownMunicipality),
  ].filter((p): p is string => Boolean(p));
  const main = html`<p><a class="ds-link" href="/journey">${c.backToJourney}</a></p>
    <h1 class="ds-heading" data-size="lg">${t.title}</h1>
    ${problems.map((p) => alert('danger', html`<p class="ds-paragraph">${p}</p>`, true))}
    ${state.conflict ? alert('info', html`<p class="ds-paragraph">${t.decisionConflict}</p>`, true) : ''}
    ${state.stale ? alert('warning', html`<p class="ds-paragraph">${t.statusUnknown}</p>`) : ''}
    <p class="ds-paragraph" data-variant="long">${t.lead}</p>
    ${journey ? application(ctx, journey) : ''} ${body}`;
  sendHtml(ctx.reply, state.status ?? 200, layout(ctx, { title: t.title, main, script: 'licence' }));
}

/**
 * The return page's answer to a link that does not carry the journey's own request (400): nothing
 * was asked of Altinn or changed, and the way on is the application.
 */
export function sendReturnRefused(ctx: RequestContext): void {
  const t = licenceMessages[ctx.lang];
  sendHtml(
    ctx.reply,
    400,
    layout(ctx, {
      title: t.returnRefusedTitle,
      main: html`<h1 class="ds-heading" data-size="lg">${t.returnRefusedTitle}</h1>
        <p class="ds-paragraph" data-variant="long">${t.returnRefusedText}</p>
        <p><a class="ds-button" href="/licence">${t.toApplication}</a></p>`,
    }),
  );
}
