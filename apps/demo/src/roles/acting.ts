import { actingRoles, type EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import type { RequestContext } from '../http/context.js';
import { sendHtml } from '../http/respond.js';
import { html } from '../html/html.js';
import { layout } from '../html/layout.js';
import type { Journey } from '../journey/types.js';
import type { Logger } from '../log.js';
import { rolesMessages } from './messages.js';

/** Whether the register lets the person act for the unit. */
export type ActingCheck = 'may-act' | 'may-not' | 'unavailable';

/**
 * Asks Enhetsregisteret's authorised roles API (with the demo's Maskinporten token) whether the
 * person with national identity number `pid` holds a current role that lets them act for the unit
 * alone: daglig leder, styrets leder, innehaver, deltaker or komplementar. A board member, an
 * auditor or someone who has left the role may not. A unit the register does not know has no one
 * who may act for it.
 */
export async function checkActing(client: EnhetsregisterClient, pid: string, orgnr: string, log: Logger): Promise<ActingCheck> {
  try {
    const lookup = await client.getRoles(orgnr, { authorised: true });
    if (lookup.status === 'not-found') return 'may-not';
    return actingRoles(lookup.roller).some((rolle) => rolle.person?.fodselsnummer === pid) ? 'may-act' : 'may-not';
  } catch (error) {
    log.warn('Enhetsregisteret roles lookup failed', error);
    return 'unavailable';
  }
}

/**
 * For a page that acts for the journey's company: `true` when the person may (or the company is a
 * new one, not in the register yet, which the person describes for themselves). Otherwise the page
 * is answered here, with the reason, and `false`.
 */
export async function mayActForCompany(ctx: RequestContext, journey: Journey | undefined): Promise<boolean> {
  const company = journey?.company;
  if (!company?.organisasjonsnummer) return true;
  const check = await checkActing(ctx.app.services.enhetsregister, ctx.user!.pid, company.organisasjonsnummer, ctx.app.log);
  if (check === 'may-act') return true;
  sendRefusal(ctx, check, company.navn, company.organisasjonsnummer);
  return false;
}

/** The page that says the person may not act for a company (403), or that the register did not answer (503). */
export function sendRefusal(ctx: RequestContext, check: Exclude<ActingCheck, 'may-act'>, navn: string, orgnr: string): void {
  const t = rolesMessages[ctx.lang];
  const title = check === 'may-not' ? t.refusedTitle : t.unavailableTitle;
  const text = check === 'may-not' ? t.refusedText(navn, orgnr) : t.unavailableText;
  sendHtml(
    ctx.reply,
    check === 'may-not' ? 403 : 503,
    layout(ctx, {
      title,
      main: html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph" data-variant="long">${text}</p>
${check === 'may-not' ? html`<p class="ds-paragraph" data-variant="long">${t.whoMay}</p>` : ''}
<p><a class="ds-button" href="/company">${t.chooseAnother}</a></p>`,
    }),
  );
}
