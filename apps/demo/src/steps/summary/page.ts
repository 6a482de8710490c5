import { summarizeProgress } from '@felles/life-events';
import type { RequestContext } from '../../http/context.js';
import { sendHtml } from '../../http/respond.js';
import { csrfField } from '../../html/account.js';
import { alert } from '../../html/forms.js';
import { html, type Html } from '../../html/html.js';
import { layout } from '../../html/layout.js';
import { layoutMessages } from '../../html/layout.messages.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { locales } from '../../i18n/lang.js';
import type { Journey } from '../../journey/types.js';
import { commonMessages } from '../../pages/common.messages.js';
import { taskList } from '../../pages/tasks.js';
import { checkActing, type ActingCheck } from '../../roles/acting.js';
import { rolesMessages } from '../../roles/messages.js';
import { refreshLicence, type LicenceRefresh } from '../licence/sync.js';
import { summaryMessages } from './messages.js';
import { onlyOnceCounts, onlyOnceRows } from './rows.js';

/** Register text (Bokmål) on a page in another language says so, for screen readers. */
const bokmål = (ctx: RequestContext, text: string): Html | string => (ctx.lang === 'nb' ? text : html`<span lang="nb">${text}</span>`);

/**
 * The tax certificate as the provider gave it, every value as text; or, when it was not fetched,
 * why, in plain words.
 */
function certificateSection(ctx: RequestContext, journey: Journey | undefined, refresh: LicenceRefresh | undefined, acting: ActingCheck): Html {
  const t = summaryMessages[ctx.lang];
  const licence = journey?.licence;
  const company = journey?.company;
  if (!licence || !company?.organisasjonsnummer) return html``;
  const box = (content: Html) =>
    html`<section class="ds-card demo-record" aria-labelledby="certificate-heading" data-testid="tax-certificate">
      <h2 class="ds-heading" data-size="sm" id="certificate-heading">${t.certificateHeading}</h2>
      ${content}
    </section>`;
  if (acting !== 'may-act') {
    const r = rolesMessages[ctx.lang];
    return box(
      alert(
        'warning',
        html`<p class="ds-paragraph">${acting === 'may-not' ? r.refusedText(company.navn, company.organisasjonsnummer) : r.unavailableText}</p>`,
      ),
    );
  }
  if (licence.consentStatus === 'rejected') {
    return box(
      html`${alert('warning', html`<p class="ds-paragraph" data-testid="tax-certificate-stopped">${t.stoppedRejected}</p>`)}
        <p><a class="ds-link" href="/licence">${t.toLicence}</a></p>`,
    );
  }
  const stopped = licence.taxCertificateStopped?.reason;
  if (stopped) {
    const text =
      { revoked: t.stoppedRevoked, expired: t.stoppedExpired, refused: t.stoppedRefused }[stopped as 'revoked' | 'expired' | 'refused'] ??
      t.stoppedRefused;
    return box(
      html`${alert('warning', html`<p class="ds-paragraph" data-testid="tax-certificate-stopped">${text}</p>`)}
        <p><a class="ds-link" href="/licence">${t.toLicence}</a></p>`,
    );
  }
  const certificate = licence.taxCertificate;
  const notNow = refresh?.stale || refresh?.certificateUnavailable;
  if (!certificate)
    return notNow && licence.consentStatus === 'accepted'
      ? box(alert('warning', html`<p class="ds-paragraph">${t.certificateUnavailable}</p>`))
      : html``;
  const kroner = new Intl.NumberFormat(locales[ctx.lang], { maximumFractionDigits: 0 });
  const filed = (done: boolean) => (done ? t.filed : t.notFiled);
  const returns = certificate.leverteOppgaver;
  return box(
    html`${notNow ? alert('warning', html`<p class="ds-paragraph">${t.certificateStale(formatDateTime(certificate.fetchedAt, ctx.lang))}</p>`) : ''}
      <p class="ds-paragraph">${t.certificateLead(formatDateTime(certificate.fetchedAt, ctx.lang))}</p>
      <dl class="demo-facts">
        <dt>${t.certificateCompany}</dt>
        <dd>${certificate.navn}, ${certificate.organisasjonsnummer}</dd>
        <dt>${t.certificateDate}</dt>
        <dd>${formatDate(certificate.attestdato, ctx.lang)}</dd>
        <dt>${t.certificateClaims}</dt>
        <dd>
          <ul class="demo-plain-list">
            ${certificate.krav.map(
              (claim) =>
                html`<li>${bokmål(ctx, claim.beskrivelse)}: ${claim.restanse > 0 ? t.arrears(kroner.format(claim.restanse)) : t.noArrears}</li>`,
            )}
          </ul>
        </dd>
        <dt>${t.certificateReturns}</dt>
        <dd>
          <ul class="demo-plain-list">
            <li>${t.returnVat}: ${filed(returns.merverdiavgift)}</li>
            <li>${t.returnAMelding}: ${filed(returns.aMelding)}</li>
            <li>${t.returnTaxReturn}: ${filed(returns.skattemelding)}</li>
          </ul>
        </dd>
        <dt>${t.issuedBy}</dt>
        <dd>${bokmål(ctx, certificate.utstedtAv)}</dd>
      </dl>`,
  );
}

/**
 * `GET /summary`: what the person typed once, what was reused, and a way out. With a licence, the
 * consent is read at Altinn first and, while it stands, the tax certificate is fetched again with a
 * consent token; a withdrawn consent stops that fetch, and the page says so.
 */
export async function summaryPage(ctx: RequestContext): Promise<void> {
  const user = ctx.user!;
  const t = summaryMessages[ctx.lang];
  const c = commonMessages[ctx.lang];
  let journey = ctx.app.journeys.get(user.pid);
  const orgnr = journey?.company?.organisasjonsnummer;
  // Only for someone the register lets act for the company is its certificate fetched or shown.
  const acting: ActingCheck =
    journey?.licence && orgnr ? await checkActing(ctx.app.services.enhetsregister, user.pid, orgnr, ctx.app.log) : 'may-act';
  const refresh = acting === 'may-act' ? await refreshLicence(ctx, journey, 'fresh') : undefined;
  journey = refresh?.journey ?? journey;
  if (acting !== 'may-act' && journey?.licence?.taxCertificate) {
    journey = structuredClone(journey);
    delete journey.licence!.taxCertificate;
  }
  const rows = onlyOnceRows(journey, user.name, ctx.lang);
  const counts = onlyOnceCounts(rows);
  const progress = summarizeProgress(ctx.app.services.lifeEvent, journey?.progress ?? {});
  // The table's roles say what its elements already are, so that it stays a table for screen readers when a
  // phone shows each row as a block (demo.css); each cell's data-label names its column there.
  const main = html`<p><a class="ds-link" href="/journey">${c.backToJourney}</a></p>
    <h1 class="ds-heading" data-size="lg">${t.title}</h1>
    <p class="ds-paragraph" data-variant="long">${t.lead}</p>
    <p class="ds-paragraph" data-testid="only-once-counts"><strong>${t.typedCount(counts.typed, counts.reused)}</strong></p>
    <div class="demo-table-wrap">
      <table class="ds-table demo-reflow" data-border role="table">
        <caption>
          ${t.caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${t.colWhat}</th>
            <th scope="col" role="columnheader">${t.colTyped}</th>
            <th scope="col" role="columnheader">${t.colValue}</th>
            <th scope="col" role="columnheader">${t.colUsedIn}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            (row) =>
              html`<tr role="row">
                <th scope="row" role="rowheader">${row.what}</th>
                <td role="cell" data-label="${t.colTyped}">
                  ${row.typed ? html`<q>${row.typed}</q>` : html`<span class="demo-muted">${row.value ? t.nothingTyped : t.notYet}</span>`}
                </td>
                <td role="cell" data-label="${t.colValue}">${row.value ?? html`<span class="demo-muted">${t.notYet}</span>`}</td>
                <td role="cell" data-label="${t.colUsedIn}">
                  ${
                    row.usedIn.length
                      ? html`<ul class="demo-plain-list">
                          ${row.usedIn.map((use) => html`<li>${use}</li>`)}
                        </ul>`
                      : ''
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${certificateSection(ctx, journey, refresh, acting)}
    <p class="ds-paragraph">${t.progress(progress.done, progress.total)}</p>
    ${taskList(ctx, journey)}
    <section class="ds-card demo-callout" aria-labelledby="logout-heading">
      <h2 class="ds-heading" data-size="sm" id="logout-heading">${t.logoutHeading}</h2>
      <p class="ds-paragraph">${t.logoutText}</p>
      <form method="post" action="/auth/logout">
        ${csrfField(ctx)}<button class="ds-button" type="submit">${layoutMessages[ctx.lang].logout}</button>
      </form>
    </section>`;
  sendHtml(ctx.reply, 200, layout(ctx, { title: t.title, main, script: 'common', nav: 'summary' }));
}
