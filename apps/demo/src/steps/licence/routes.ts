import type { ConsentRequest } from '@felles/client-samtykke';
import type { Routes } from '../../app.js';
import type { RequestContext } from '../../http/context.js';
import { redirect } from '../../http/respond.js';
import { mayActForCompany } from '../../roles/acting.js';
import { idempotencyKey } from '../../session/sessions.js';
import type { Journey } from '../../journey/types.js';
import { createLicenceConsent, decideLicenceConsent, decidedAt, fetchWithConsent } from './consent.js';
import { findMunicipality, municipalityName } from './municipality.js';
import { renderLicencePage } from './page.js';

type Ready = Journey & Required<Pick<Journey, 'company' | 'premises'>>;
const ready = (journey: Journey | undefined): journey is Ready => Boolean(journey?.company && journey.premises);

/**
 * Brings the stored licence up to date with what the consent API holds (the decision may have been
 * made in the browser, straight against the consent API), and fetches the data once consent is given.
 */
async function syncConsent(ctx: RequestContext, journey: Journey, request: ConsentRequest): Promise<Journey> {
  const licence = journey.licence;
  if (!licence || licence.consentId !== request.id) return journey;
  const status = request.status;
  const needsFetch = status === 'accepted' && !licence.fetched;
  if (status === licence.consentStatus && !needsFetch) return journey;
  const fetched = needsFetch ? await fetchWithConsent(ctx.app.services.enhetsregister, journey).catch(() => undefined) : licence.fetched;
  const when = decidedAt(request);
  return ctx.app.journeys.update(journey.pid, ctx.user!.name, (j) => {
    if (!j.licence || j.licence.consentId !== request.id) return;
    j.licence.consentStatus = status;
    if (when) j.licence.decidedAt = when;
    if (fetched) j.licence.fetched = fetched;
  });
}

async function show(ctx: RequestContext): Promise<void> {
  let journey = ctx.app.journeys.get(ctx.user!.pid);
  // The licence is asked for on the company's behalf, and its consent given by it.
  if (!(await mayActForCompany(ctx, journey))) return;
  let request: ConsentRequest | undefined;
  let stale = false;
  if (journey?.licence) {
    try {
      request = await ctx.app.services.samtykke.getRequest(journey.licence.consentId, { timeoutMs: 3_000, retry: false });
      journey = await syncConsent(ctx, journey, request);
    } catch (error) {
      ctx.app.log.warn('consent status not refreshed', error);
      stale = true;
    }
  }
  renderLicencePage(ctx, { journey, request, stale });
}

async function apply(ctx: RequestContext): Promise<void> {
  const user = ctx.user!;
  const journey = ctx.app.journeys.get(user.pid);
  if (!ready(journey)) return redirect(ctx.reply, '/licence');
  if (!(await mayActForCompany(ctx, journey))) return;
  // A second press (or a reload of the post) while a request is open does not ask twice.
  if (journey.licence?.consentStatus === 'pending') return redirect(ctx.reply, '/licence');
  const { premises } = journey;
  let municipality;
  try {
    municipality = await findMunicipality(ctx.app.services.enhetsregister, premises.kommunenummer, premises.kommunenavn);
  } catch (error) {
    ctx.app.log.warn('municipality lookup failed', error);
    return renderLicencePage(ctx, { journey, registerDown: true, status: 503 });
  }
  if (!municipality) {
    return renderLicencePage(ctx, { journey, unknownMunicipality: municipalityName(premises.kommunenavn), status: 422 });
  }
  let request: ConsentRequest;
  try {
    request = await createLicenceConsent(ctx.app.services.samtykke, journey, municipality, ctx.app.config.origin);
  } catch (error) {
    ctx.app.log.warn('consent request not created', error);
    return renderLicencePage(ctx, { journey, consentDown: true, status: 503 });
  }
  await ctx.app.journeys.update(user.pid, user.name, (j) => {
    j.licence = { consentId: request.id, municipality, consentStatus: request.status, requestedAt: new Date().toISOString() };
  });
  redirect(ctx.reply, '/licence');
}

/** The decision from the page's own form, for a browser without script. */
async function decide(ctx: RequestContext, form: URLSearchParams): Promise<void> {
  const user = ctx.user!;
  const journey = ctx.app.journeys.get(user.pid);
  const decision = form.get('decision');
  const licence = journey?.licence;
  if (!journey || !licence || (decision !== 'accept' && decision !== 'reject') || form.get('consentId') !== licence.consentId) {
    return redirect(ctx.reply, '/licence');
  }
  if (!(await mayActForCompany(ctx, journey))) return;
  try {
    const { request, conflict } = await decideLicenceConsent(
      ctx.app.services.samtykke,
      licence.consentId,
      decision,
      idempotencyKey(ctx.session!, `${decision}:${licence.consentId}`),
    );
    const updated = await syncConsent(ctx, journey, request);
    if (conflict) return renderLicencePage(ctx, { journey: updated, request, conflict: true });
    redirect(ctx.reply, '/licence');
  } catch (error) {
    ctx.app.log.warn('decision not recorded', error);
    renderLicencePage(ctx, { journey, consentDown: true, status: 503 });
  }
}

export const licenceRoutes: Routes = {
  get: { '/licence': show },
  post: {
    '/licence': (ctx, form) => (form.get('action') === 'decide' ? decide(ctx, form) : apply(ctx)),
  },
};
