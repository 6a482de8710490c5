import { isOrganisasjonsnummer, type EnhetLookup } from '@felles/client-enhetsregisteret';
import type { Routes } from '../../app.js';
import type { RequestContext } from '../../http/context.js';
import { redirect } from '../../http/respond.js';
import type { FieldError } from '../../html/forms.js';
import { companyMessages, isNewCompanyForm, type NewCompanyForm } from './messages.js';
import { renderCompanyPage, type CompanyPageState } from './page.js';
import { checkActing } from '../../roles/acting.js';
import { rolesMessages } from '../../roles/messages.js';
import { hitsWanted, searchCompanies, type CompanySearch } from './search.js';

async function show(ctx: RequestContext): Promise<void> {
  const query = (ctx.url.searchParams.get('q') ?? '').slice(0, 200);
  const size = hitsWanted(ctx.url.searchParams.get('vis'));
  const search = await ownCompanies(ctx, await searchCompanies(ctx.app.services.enhetsregister, query, ctx.app.log, size));
  renderCompanyPage(ctx, { journey: ctx.app.journeys.get(ctx.user!.pid), query, search });
}

/**
 * Only the hits the person may act for, as the register's roles say: the others are not offered.
 * (The register has no look-up of units by role holder, so the search's hits are checked one by one.)
 */
async function ownCompanies(ctx: RequestContext, search: CompanySearch): Promise<CompanySearch> {
  if (search.kind !== 'results' || search.hits.length === 0) return search;
  const { enhetsregister } = ctx.app.services;
  const checks = await Promise.all(search.hits.map((hit) => checkActing(enhetsregister, ctx.user!.pid, hit.organisasjonsnummer, ctx.app.log)));
  if (checks.includes('unavailable')) return { kind: 'unavailable' };
  const hits = search.hits.filter((_, index) => checks[index] === 'may-act');
  const { total, checked } = search;
  return hits.length ? { kind: 'results', hits, total, checked } : { kind: 'no-role', total, checked };
}

/**
 * The person picked a hit: look it up again, so only what the register says is stored, and only
 * when the register says the person may act for it (the id alone proves nothing).
 */
async function choose(ctx: RequestContext, form: URLSearchParams): Promise<void> {
  const user = ctx.user!;
  const t = companyMessages[ctx.lang];
  const query = (form.get('q') ?? '').slice(0, 200);
  const orgnr = form.get('orgnr') ?? '';
  const again = (state: Partial<CompanyPageState>) =>
    renderCompanyPage(ctx, { journey: ctx.app.journeys.get(user.pid), query, search: { kind: 'none' }, ...state });
  if (!isOrganisasjonsnummer(orgnr)) return again({ chooseError: t.chosenGone, status: 422 });
  let lookup: EnhetLookup;
  try {
    lookup = await ctx.app.services.enhetsregister.getEnhet(orgnr);
  } catch (error) {
    ctx.app.log.warn('Enhetsregisteret lookup failed', error);
    return again({ search: { kind: 'unavailable' }, status: 503 });
  }
  if (lookup.status !== 'found') return again({ chooseError: t.chosenGone, status: 422 });
  const { enhet } = lookup;
  const acting = await checkActing(ctx.app.services.enhetsregister, user.pid, enhet.organisasjonsnummer, ctx.app.log);
  if (acting === 'unavailable') return again({ search: { kind: 'unavailable' }, status: 503 });
  if (acting === 'may-not') return again({ chooseError: rolesMessages[ctx.lang].refusedText(enhet.navn, enhet.organisasjonsnummer), status: 403 });
  await ctx.app.journeys.update(user.pid, user.name, (journey) => {
    journey.company = {
      source: 'register',
      organisasjonsnummer: enhet.organisasjonsnummer,
      navn: enhet.navn,
      organisasjonsform: { kode: enhet.organisasjonsform.kode, beskrivelse: enhet.organisasjonsform.beskrivelse },
      ...(enhet.forretningsadresse?.kommunenummer ? { kommunenummer: enhet.forretningsadresse.kommunenummer } : {}),
      typed: query || enhet.organisasjonsnummer,
      savedAt: new Date().toISOString(),
    };
    // A licence asked for on behalf of another company no longer fits.
    if (journey.licence && journey.licence.consentStatus !== 'accepted') delete journey.licence;
  });
  redirect(ctx.reply, '/premises');
}

async function saveNew(ctx: RequestContext, form: URLSearchParams): Promise<void> {
  const user = ctx.user!;
  const t = companyMessages[ctx.lang];
  const navn = (form.get('navn') ?? '').trim().replace(/\s+/g, ' ');
  const organisasjonsform = form.get('organisasjonsform') ?? '';
  const errors: FieldError[] = [];
  if (navn === '') errors.push({ field: 'navn', message: t.nameMissing });
  else if (navn.length > 120) errors.push({ field: 'navn', message: t.nameTooLong });
  if (!isNewCompanyForm(organisasjonsform)) errors.push({ field: 'organisasjonsform', message: t.formMissing });
  if (errors.length) {
    return renderCompanyPage(ctx, {
      journey: ctx.app.journeys.get(user.pid),
      query: '',
      search: { kind: 'none' },
      newCompany: { navn, form: organisasjonsform, errors },
      status: 422,
    });
  }
  const kode = organisasjonsform as NewCompanyForm;
  await ctx.app.journeys.update(user.pid, user.name, (journey) => {
    journey.company = {
      source: 'new',
      navn,
      // The description is stored in Bokmål, as the register keeps it; pages show the code's own text.
      organisasjonsform: { kode, beskrivelse: companyMessages.nb[kode] },
      typed: navn,
      savedAt: new Date().toISOString(),
    };
    if (journey.licence && journey.licence.consentStatus !== 'accepted') delete journey.licence;
  });
  redirect(ctx.reply, '/premises');
}

export const companyRoutes: Routes = {
  get: { '/company': show },
  post: {
    '/company': (ctx, form) => (form.get('action') === 'new' ? saveNew(ctx, form) : choose(ctx, form)),
  },
};
