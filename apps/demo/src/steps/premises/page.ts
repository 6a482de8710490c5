import type { Address } from '@felles/client-adresser';
import type { RequestContext } from '../../http/context.js';
import { sendHtml } from '../../http/respond.js';
import { csrfField } from '../../html/account.js';
import { alert, errorSummary, type FieldError } from '../../html/forms.js';
import { attrs, html, jsonScript, type Html } from '../../html/html.js';
import { layout } from '../../html/layout.js';
import { placeName } from '../../i18n/place-name.js';
import type { Journey } from '../../journey/types.js';
import { commonMessages } from '../../pages/common.messages.js';
import { premisesMessages } from './messages.js';
import { candidateKey, type PostedAddress } from './validate.js';

export interface PremisesPageState {
  journey: Journey | undefined;
  typed?: string;
  error?: string;
  unavailable?: boolean;
  candidates?: Address[];
  /**
   * The address as posted, when the register could not confirm it for now: the page gives the
   * element its chosen address back, so that sending again is one press.
   */
  posted?: PostedAddress;
  status?: number;
}

/**
 * `<felles-address-lookup>` around a plain text field: without script the field is posted as typed
 * and checked on the server; with script the page swaps the field for the element, which posts the
 * chosen address's parts too. A saved address is shown above, so the field starts empty.
 */
function addressField(ctx: RequestContext, state: PremisesPageState): Html {
  const t = premisesMessages[ctx.lang];
  const value = state.typed ?? '';
  const describedBy = ['adresse-description', state.error ? 'adresse-error' : ''].filter(Boolean).join(' ');
  return html`<p class="ds-paragraph" data-size="sm" id="adresse-description">${t.description}</p>
<felles-address-lookup${attrs({ name: 'adresse', label: t.label, endpoint: ctx.app.config.adresserBaseUrl, required: true, value })}>
  <div class="ds-field" data-fallback>
    <label class="ds-label" for="adresse">${t.label}</label>
    <input${attrs({
      class: 'ds-input',
      id: 'adresse',
      name: 'adresse',
      type: 'text',
      value,
      required: true,
      autocomplete: 'street-address',
      'aria-invalid': state.error ? 'true' : undefined,
      'aria-describedby': describedBy,
    })}>
  </div>
</felles-address-lookup>
${state.error ? html`<p class="ds-validation-message" data-field="validation" id="adresse-error">${state.error}</p>` : ''}
${state.posted?.parts.kommunenummer ? jsonScript('posted-address', state.posted) : ''}`;
}

function saved(ctx: RequestContext, journey: Journey | undefined): Html {
  const premises = journey?.premises;
  if (!premises) return html``;
  const t = premisesMessages[ctx.lang];
  return html`<section class="ds-card demo-record" aria-labelledby="saved-heading" data-testid="saved-premises">
  <h2 class="ds-heading" data-size="sm" id="saved-heading">${t.savedHeading}</h2>
  <dl class="demo-facts">
    <dt>${t.label}</dt><dd>${premises.adressetekst}</dd>
    <dt>${t.postalCode}</dt><dd>${premises.postnummer} ${placeName(premises.poststed)}</dd>
    <dt>${t.municipality}</dt><dd>${placeName(premises.kommunenavn)} (${premises.kommunenummer})</dd>
  </dl>
  <p><a class="ds-button" href="/licence">${commonMessages[ctx.lang].continue}</a></p>
</section>`;
}

function choices(ctx: RequestContext, state: PremisesPageState): Html {
  if (!state.candidates?.length) return html``;
  const t = premisesMessages[ctx.lang];
  return html`<form method="post" action="/premises" aria-labelledby="choose-legend">
  ${csrfField(ctx)}
  <input type="hidden" name="typed" value="${state.typed ?? ''}">
  <fieldset class="ds-fieldset">
    <legend class="ds-label" id="choose-legend">${t.chooseLegend}</legend>
    ${state.candidates.map(
      (address, index) => html`<div class="ds-field">
      <input class="ds-input" type="radio" name="valg" id="valg-${index}" value="${candidateKey(address)}"${index === 0 ? html` checked` : ''}>
      <label class="ds-label" data-weight="regular" for="valg-${index}">${address.adressetekst}, ${address.postnummer} ${placeName(address.poststed)} <span class="demo-muted">(${placeName(address.kommunenavn)})</span></label>
    </div>`,
    )}
  </fieldset>
  <p><button class="ds-button" type="submit">${t.choose}</button></p>
</form>`;
}

export function renderPremisesPage(ctx: RequestContext, state: PremisesPageState): void {
  const t = premisesMessages[ctx.lang];
  const c = commonMessages[ctx.lang];
  const errors: FieldError[] = state.error ? [{ field: 'adresse', message: state.error }] : [];
  const main = html`<p><a class="ds-link" href="/journey">${c.backToJourney}</a></p>
<h1 class="ds-heading" data-size="lg">${t.title}</h1>
${errorSummary(ctx, errors)}
${state.unavailable ? alert('danger', html`<p class="ds-paragraph">${t.unavailable}</p>`, true) : ''}
<p class="ds-paragraph" data-variant="long">${t.lead}</p>
${state.journey?.company ? '' : alert('info', html`<p class="ds-paragraph">${t.noCompany} <a class="ds-link" href="/company">${t.toCompany}</a></p>`)}
${saved(ctx, state.journey)}
${choices(ctx, state)}
<form method="post" action="/premises" class="demo-address-form">
  ${csrfField(ctx)}
  ${addressField(ctx, state)}
  <p><button class="ds-button" type="submit">${t.save}</button></p>
</form>`;
  sendHtml(ctx.reply, state.status ?? 200, layout(ctx, { title: t.title, main, script: 'premises' }));
}
