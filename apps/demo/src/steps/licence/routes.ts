import type { ConsentRequest } from '@felles/client-samtykke';
import type { Routes } from '../../app.js';
import type { RequestContext } from '../../http/context.js';
import { redirect, sendJson } from '../../http/respond.js';
import { mayActForCompany } from '../../roles/acting.js';
import { idempotencyKey } from '../../session/sessions.js';
import type { Journey } from '../../journey/types.js';
import { createLicenceConsent, decideLicenceConsent, withLicenceTexts } from './consent.js';
import { placeName } from '../../i18n/place-name.js';
import { findMunicipality } from './municipality.js';
import { renderLicencePage, sendReturnRefused, type LicencePageState } from './page.js';
import { applyConsent, refreshLicence } from './sync.js';

type Ready = Journey & Required<Pick<Journey, 'company' | 'premises'>>;
const ready = (journey: Journey | undefined): journey is Ready => Boolean(journey?.company && journey.premises);

/** The request in the demo's own words, for its page and dialog. */
async function shown(ctx: RequestContext, journey: Journey, request: ConsentRequest | undefined): Promise<ConsentRequest | undefined> {
  if (!request) return undefined;
  const requester = await ctx.app.services.maskinporten.organisation();
  return withLicenceTexts(request, journey, requester.name, ctx.app.config.origin);
}

/** A `fetch` from the page's dialog asks for JSON; a plain form gets pages. */
const wantsJson = (ctx: RequestContext) => /\bapplication\/json\b/.test(ctx.req.headers.accept ?? '');

/**
 * The licence page with the consent as Altinn holds it now; as JSON (the request in the demo's words)
 * for the page's dialog when it asks for the request again.
 */
async function showCurrent(ctx: RequestContext, journey: Journey | undefined, extra: Partial<LicencePageState> = {}): Promise<void> {
  const refreshed = await refreshLicence(ctx, journey, 'once');
  const current = refreshed?.journey ?? journey;
  const request = current ? await shown(ctx, current, refreshed?.request) : undefined;
  if (wantsJson(ctx)) {
    return request
      ? sendJson(ctx.reply, 200, request)
      : sendJson(ctx.reply, journey?.licence ? 503 : 404, { status: journey?.licence ? 503 : 404, message: 'No consent request to show' });
  }
  renderLicencePage(ctx, { journey: current, request, stale: refreshed?.stale ?? false, ...extra });
}

async function show(ctx: RequestContext): Promise<void> {
  const journey = ctx.app.journeys.get(ctx.user!.pid);
  // The licence is asked for on the company's behalf, and its consent given by it.
  if (!(await mayActForCompany(ctx, journey))) return;
  await showCurrent(ctx, journey);
}

/**
 * `GET /licence/return?consentId=…`: where Altinn's page sends the person after they decided. Only the
 * journey's own request is taken: any other id (malformed, another person's, one of an earlier
 * application) is refused without asking Altinn about it. The outcome is read from Altinn, never taken
 * from the URL, and nothing but that reading changes: the page shows it, and sends nobody elsewhere.
 */
async function returned(ctx: RequestContext): Promise<void> {
  const journey = ctx.app.journeys.get(ctx.user!.pid);
  const id = ctx.url.searchParams.get('consentId') ?? '';
  const licence = journey?.licence;
  if (!licence || id !== licence.consentId) return sendReturnRefused(ctx);
  if (!(await mayActForCompany(ctx, journey))) return;
  await showCurrent(ctx, journey, { returned: true });
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
    return renderLicencePage(ctx, { journey, unknownMunicipality: placeName(premises.kommunenavn), status: 422 });
  }
  let request: ConsentRequest;
  try {
    const requester = await ctx.app.services.maskinporten.organisation();
    request = await createLicenceConsent(ctx.app.services.altinn, requester, journey, municipality, ctx.app.config.origin);
  } catch (error) {
    ctx.app.log.warn('consent request not created', error);
    return renderLicencePage(ctx, { journey, consentDown: true, status: 503 });
  }
  await ctx.app.journeys.update(user.pid, user.name, (j) => {
    j.licence = {
      consentId: request.id,
      municipality,
      consentStatus: request.status,
      requestedAt: new Date().toISOString(),
      ...(request.viewUri ? { viewUri: request.viewUri } : {}),
    };
  });
  redirect(ctx.reply, '/licence');
}

/**
 * The decision made in the demo's own dialog (a `fetch` of this form, answered with JSON) or on the
 * page's form without script: recorded in the consent store for the journey's own request only, by
 * someone the register lets act for the company.
 */
async function decide(ctx: RequestContext, form: URLSearchParams): Promise<void> {
  const user = ctx.user!;
  const journey = ctx.app.journeys.get(user.pid);
  const decision = form.get('decision');
  const licence = journey?.licence;
  const json = wantsJson(ctx);
  if (!journey || !licence || (decision !== 'accept' && decision !== 'reject') || form.get('consentId') !== licence.consentId) {
    return json
      ? sendJson(ctx.reply, 400, { status: 400, message: "Not a decision on this application's consent request" })
      : redirect(ctx.reply, '/licence');
  }
  if (!(await mayActForCompany(ctx, journey))) return;
  try {
    const { request, conflict } = await decideLicenceConsent(
      ctx.app.services.samtykke,
      licence.consentId,
      decision,
      idempotencyKey(ctx.session!, `${decision}:${licence.consentId}`),
    );
    const { journey: updated } = await applyConsent(ctx, journey, request, 'once');
    const current = await shown(ctx, updated, request);
    if (json) return sendJson(ctx.reply, conflict ? 409 : 200, conflict ? { current } : current);
    if (conflict) return renderLicencePage(ctx, { journey: updated, request: current, conflict: true });
    redirect(ctx.reply, '/licence');
  } catch (error) {
    ctx.app.log.warn('decision not recorded', error);
    if (json) return sendJson(ctx.reply, 503, { status: 503, message: 'The consent service is not answering' }, { 'retry-after': '2' });
    renderLicencePage(ctx, { journey, consentDown: true, status: 503 });
  }
}

export const licenceRoutes: Routes = {
  get: { '/licence': show, '/licence/return': returned },
  post: {
    '/licence': (ctx, form) => (form.get('action') === 'decide' ? decide(ctx, form) : apply(ctx)),
  },
};
