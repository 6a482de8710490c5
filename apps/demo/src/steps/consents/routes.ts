import type { ConsentRequest } from '@felles/client-samtykke';
import type { Routes } from '../../app.js';
import type { RequestContext } from '../../http/context.js';
import { redirect } from '../../http/respond.js';
import type { Journey } from '../../journey/types.js';
import { mayActForCompany } from '../../roles/acting.js';
import { idempotencyKey } from '../../session/sessions.js';
import { withLicenceTexts } from '../licence/consent.js';
import { applyConsent } from '../licence/sync.js';
import { renderConsentsPage } from './page.js';
import { consentSubject } from './subject.js';

async function list(ctx: RequestContext, subject: string, journey: Journey | undefined): Promise<ConsentRequest[] | undefined> {
  let requests: ConsentRequest[];
  try {
    requests = await ctx.app.services.samtykke.listForSubject(subject, { timeoutMs: 3_000 });
  } catch (error) {
    ctx.app.log.warn('consents not listed', error);
    return undefined;
  }
  // The licence's request went through Altinn, which keeps no texts: it is shown in the demo's words.
  const own = journey?.licence?.consentId;
  if (!journey || !requests.some((request) => request.id === own)) return requests;
  const requester = await ctx.app.services.maskinporten.organisation().catch(() => undefined);
  if (!requester) return requests;
  return requests.map((request) => (request.id === own ? withLicenceTexts(request, journey, requester.name, ctx.app.config.origin) : request));
}

async function show(ctx: RequestContext): Promise<void> {
  const user = ctx.user!;
  const journey = ctx.app.journeys.get(user.pid);
  // A company's consents are shown only to someone the register lets act for it.
  if (!(await mayActForCompany(ctx, journey))) return;
  const subject = consentSubject(journey ?? { pid: user.pid });
  const requests = await list(ctx, subject, journey);
  renderConsentsPage(ctx, { journey, subject, requests, withdrawn: ctx.url.searchParams.get('withdrawn') === '1', status: requests ? 200 : 503 });
}

/**
 * Withdraws a consent from the page's own form (without script). Only a request made to this
 * person's party may be withdrawn from here, and a company's only by someone the register lets act
 * for it: the id alone proves nothing.
 */
async function withdraw(ctx: RequestContext, form: URLSearchParams): Promise<void> {
  const user = ctx.user!;
  const journey = ctx.app.journeys.get(user.pid);
  if (!(await mayActForCompany(ctx, journey))) return;
  const subject = consentSubject(journey ?? { pid: user.pid });
  const id = form.get('consentId') ?? '';
  const requests = await list(ctx, subject, journey);
  const request = requests?.find((r) => r.id === id);
  if (!requests) return renderConsentsPage(ctx, { journey, subject, requests, status: 503 });
  if (!request || request.status !== 'accepted') return redirect(ctx.reply, '/consents');
  let revoked: ConsentRequest;
  try {
    revoked = await ctx.app.services.samtykke.revoke(id, { idempotencyKey: idempotencyKey(ctx.session!, `revoke:${id}`) });
  } catch (error) {
    ctx.app.log.warn('consent not withdrawn', error);
    return renderConsentsPage(ctx, { journey, subject, requests: undefined, status: 503 });
  }
  // The licence's own consent: nothing more is fetched with it, and what was fetched is not kept.
  if (journey?.licence?.consentId === id) await applyConsent(ctx, journey, revoked, 'once');
  redirect(ctx.reply, '/consents?withdrawn=1');
}

export const consentsRoutes: Routes = { get: { '/consents': show }, post: { '/consents': withdraw } };
