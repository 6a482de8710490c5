import type { RequestContext } from '../../http/context.js';
import { sendHtml } from '../../http/respond.js';
import { csrfField } from '../../html/account.js';
import { alert, errorSummary, textField, type FieldError } from '../../html/forms.js';
import { attrs, html, type Html } from '../../html/html.js';
import { layout } from '../../html/layout.js';
import { formatDate } from '../../i18n/format.js';
import { placeName } from '../../i18n/place-name.js';
import type { Journey } from '../../journey/types.js';
import { commonMessages } from '../../pages/common.messages.js';
import { rolesMessages } from '../../roles/messages.js';
import { companyMessages, isNewCompanyForm, newCompanyForms } from './messages.js';
import { maxHits, pageSize, type CompanySearch } from './search.js';

export interface CompanyPageState {
  journey: Journey | undefined;
  query: string;
  search: CompanySearch;
  /** Values and errors of the "new company" form after a failed post. */
  newCompany?: { navn: string; form: string; errors: FieldError[] };
  /** A problem with the chosen company (it vanished between search and choice). */
  chooseError?: string;
  status?: number;
}

/** Text from Enhetsregisteret is Bokmål: on a page in another language it says so, for screen readers. */
function registerText(ctx: RequestContext, text: string): Html | string {
  return ctx.lang === 'nb' ? text : html`<span lang="nb">${text}</span>`;
}

/** A legal form the demo knows in every language by its code; any other in the register's Bokmål. */
function legalForm(ctx: RequestContext, form: { kode: string; beskrivelse: string }): Html | string {
  return isNewCompanyForm(form.kode) ? companyMessages[ctx.lang][form.kode] : registerText(ctx, form.beskrivelse);
}

function chosen(ctx: RequestContext, journey: Journey | undefined): Html {
  const company = journey?.company;
  if (!company) return html``;
  const t = companyMessages[ctx.lang];
  return html`<section class="ds-card demo-record" aria-labelledby="chosen-heading" data-testid="chosen-company">
    <h2 class="ds-heading" data-size="sm" id="chosen-heading">${t.chosenHeading}</h2>
    <dl class="demo-facts">
      <dt>${t.nameLabel}</dt>
      <dd>${company.navn}</dd>
      ${
        company.organisasjonsnummer
          ? html`<dt>${t.orgnr}</dt>
              <dd>${company.organisasjonsnummer}</dd>`
          : ''
      }
      ${
        company.organisasjonsform
          ? html`<dt>${t.orgForm}</dt>
              <dd>${legalForm(ctx, company.organisasjonsform)}</dd>`
          : ''
      }
    </dl>
    <p class="ds-paragraph" data-size="sm">${company.source === 'register' ? t.fromRegister : t.newCompany}</p>
    <p><a class="ds-button" href="/premises">${commonMessages[ctx.lang].continue}</a></p>
  </section>`;
}

/**
 * When the register has more hits than were looked at: a link that looks at the next ones (up to
 * `maxHits`), and how to narrow the search instead.
 */
function moreHits(ctx: RequestContext, query: string, total: number, checked: number): Html {
  if (total <= checked) return html``;
  const t = companyMessages[ctx.lang];
  const next = new URLSearchParams({ q: query, vis: String(checked + pageSize) });
  return html`<p class="ds-paragraph" data-size="sm" data-testid="more-hits">
    ${checked < maxHits ? html`<a class="ds-link" href="/company?${next.toString()}#search-heading">${t.moreResults}</a>` : ''} ${t.narrowSearch}
  </p>`;
}

function searchResults(ctx: RequestContext, state: CompanyPageState): Html {
  const t = companyMessages[ctx.lang];
  const { search } = state;
  switch (search.kind) {
    case 'none':
    case 'invalid':
      return html``;
    case 'unavailable':
      return alert(
        'danger',
        html`<p class="ds-paragraph">${t.unavailable}</p>
          <p><a class="ds-link" href="/company?q=${encodeURIComponent(state.query)}">${t.retry}</a></p>`,
        true,
      );
    case 'not-found':
      return alert('info', html`<p class="ds-paragraph">${t.notFound(search.organisasjonsnummer)}</p>`, true);
    case 'deleted':
      return alert('warning', html`<p class="ds-paragraph">${t.deleted(search.navn, formatDate(search.slettedato, ctx.lang))}</p>`, true);
    case 'removed':
      return alert('warning', html`<p class="ds-paragraph">${t.removed(search.organisasjonsnummer)}</p>`, true);
    case 'no-role':
      return alert(
        'info',
        html`<p class="ds-paragraph">${rolesMessages[ctx.lang].noneOfHits}</p>
          ${moreHits(ctx, state.query, search.total, search.checked)}`,
        true,
      );
    case 'results':
      if (search.hits.length === 0) return alert('info', html`<p class="ds-paragraph">${t.noResults}</p>`, true);
      // prettier-ignore
      return html`<form method="post" action="/company" class="demo-results" aria-labelledby="choose-legend">
        ${csrfField(ctx)}
        <input type="hidden" name="action" value="choose">
        <input type="hidden" name="q" value="${state.query}">
        <fieldset class="ds-fieldset">
          <legend class="ds-label" id="choose-legend">${t.chooseLegend}</legend>
          <p class="ds-paragraph" data-size="sm" role="status">${search.total > search.checked ? t.resultsOfMore(search.hits.length, search.checked, search.total) : t.results(search.hits.length)}</p>
          ${search.hits.map(
            (hit, index) => html`<div class="ds-field">
            <input class="ds-input" type="radio" name="orgnr" id="hit-${index}" value="${hit.organisasjonsnummer}"${index === 0 ? html` checked` : ''}>
            <label class="ds-label" data-weight="regular" for="hit-${index}">${hit.navn} <span class="demo-muted">(${hit.organisasjonsnummer}, ${registerText(ctx, hit.organisasjonsform)}${hit.poststed ? `, ${placeName(hit.poststed)}` : ''})</span></label>
          </div>`,
          )}
        </fieldset>
        ${moreHits(ctx, state.query, search.total, search.checked)}
        <p><button class="ds-button" type="submit">${t.chooseButton}</button></p>
      </form>`;
  }
}

/**
 * With script, the company is found with `<felles-organisation-lookup>` against Enhetsregisteret's open
 * API and chosen in one post; the server then checks the register's roles, as for any other choice.
 * The form is hidden until the page's script shows it in place of the plain search, which is the way
 * without script.
 */
function lookupForm(ctx: RequestContext, error: string | undefined): Html {
  const t = companyMessages[ctx.lang];
  return html`<form method="post" action="/company" class="demo-lookup-form" data-company-lookup hidden>
    ${csrfField(ctx)}
    <input type="hidden" name="action" value="choose">
    <input type="hidden" name="q" value="" data-typed>
    <felles-organisation-lookup${attrs({ name: 'orgnr', label: t.searchLabel, hint: t.lookupHint, endpoint: ctx.app.config.organisationLookupUrl, required: true })}></felles-organisation-lookup>
    ${error ? html`<p class="ds-validation-message" data-field="validation">${error}</p>` : ''}
    <p><button class="ds-button" type="submit">${t.chooseButton}</button></p>
  </form>`;
}

export function renderCompanyPage(ctx: RequestContext, state: CompanyPageState): void {
  const t = companyMessages[ctx.lang];
  const c = commonMessages[ctx.lang];
  const searchError = state.search.kind === 'invalid' ? (state.search.reason === 'orgnr' ? t.invalidOrgnr : t.searchTooShort) : undefined;
  const errors: FieldError[] = [
    ...(searchError ? [{ field: 'q', message: searchError }] : []),
    ...(state.chooseError ? [{ field: 'q', message: state.chooseError }] : []),
    ...(state.newCompany?.errors ?? []),
  ];
  const fieldError = (field: string) => state.newCompany?.errors.find((e) => e.field === field)?.message;
  const main = html`<p><a class="ds-link" href="/journey">${c.backToJourney}</a></p>
    <h1 class="ds-heading" data-size="lg">${t.title}</h1>
    ${errorSummary(ctx, errors)}
    <p class="ds-paragraph" data-variant="long">${t.lead}</p>
    ${chosen(ctx, state.journey)}
    <section aria-labelledby="search-heading">
      <h2 class="ds-heading" data-size="md" id="search-heading">${t.searchHeading}</h2>
      ${lookupForm(ctx, state.chooseError)}
      <form method="get" action="/company" role="search" data-company-search>
        ${textField({
          id: 'q',
          name: 'q',
          label: t.searchLabel,
          description: t.searchDescription,
          value: state.query,
          error: searchError ?? state.chooseError,
          type: 'search',
          autocomplete: 'organization',
          button: html`<button class="ds-button" data-variant="secondary" type="submit">${t.searchButton}</button>`,
        })}
      </form>
      ${searchResults(ctx, state)}
    </section>
    <section aria-labelledby="new-heading">
      <h2 class="ds-heading" data-size="md" id="new-heading">${t.newHeading}</h2>
      <p class="ds-paragraph">${t.newLead}</p>
      <form method="post" action="/company" novalidate>
        ${csrfField(ctx)}
        <input type="hidden" name="action" value="new" />
        ${textField({ id: 'navn', name: 'navn', label: t.nameLabel, value: state.newCompany?.navn ?? '', error: fieldError('navn'), required: true, autocomplete: 'organization' })}
        <div class="ds-field">
          <label class="ds-label" for="organisasjonsform">${t.formLabel}</label>
          <select
            class="ds-input"
            id="organisasjonsform"
            name="organisasjonsform"
            required${fieldError('organisasjonsform') ? html` aria-invalid="true" aria-describedby="organisasjonsform-error"` : ''}
          >
            <option value="">${t.formChoose}</option>
            ${newCompanyForms.map((form) => html`<option value="${form}" ${state.newCompany?.form === form ? html` selected` : ''}>${t[form]}</option>`)}
          </select>
          ${fieldError('organisasjonsform') ? html`<p class="ds-validation-message" data-field="validation" id="organisasjonsform-error">${fieldError('organisasjonsform')}</p>` : ''}
        </div>
        <p><button class="ds-button" type="submit">${t.saveNew}</button></p>
      </form>
    </section>`;
  sendHtml(ctx.reply, state.status ?? 200, layout(ctx, { title: t.title, main, script: 'company' }));
}
