import type { ConsentDecision, ConsentRequest, LocalizedText } from '@felles/client-samtykke';
import { html, nothing, type TemplateResult } from 'lit';
import { pick, requesterName, safeUrl, textIn } from '../internal/consent-texts.js';
import type { Delivery } from '../internal/decision-delivery.js';
import type { LocalizeController } from '../internal/localize.js';
import type { ConsentCloseSource } from './events.js';
import type { ConsentMessages } from './messages.js';
import { longDate } from '../internal/long-date.js';

/** Where the dialog stands, which decides what its body and footer show. */
export type Phase = 'idle' | 'loading' | 'load-failed' | 'invalid' | 'ready' | 'saving' | 'failed' | 'done';

/** What the dialog's templates show, and what its buttons do. */
export interface DialogView {
  t: LocalizeController<ConsentMessages>;
  phase: Phase;
  /** The request shown. */
  request?: ConsentRequest;
  /** The decision this dialog saved, shown as a receipt. */
  confirmed?: ConsentDecision;
  /** The decision on its way to the server. */
  delivery?: Delivery<ConsentDecision>;
  manageUrl?: string;
  decide(decision: ConsentDecision): void;
  retry(): void;
  close(source: ConsentCloseSource): void;
  /** The native dialog closed. */
  closed(): void;
}

/** The open dialog: heading, the request's facts or its outcome, and the choices. */
export function renderDialog(view: DialogView): TemplateResult {
  const { t, request } = view;
  const say = view.t.t.bind(view.t);
  const requester = request ? requesterName(request, t.lang) : '';
  // Escape asks first, like the close button, instead of letting the browser close at once. The header and
  // footer are the dialog's own, not the page's banner and contentinfo landmarks.
  const cancel = (event: Event) => {
    event.preventDefault();
    view.close('keyboard');
  };
  return html`
    <dialog part="dialog" lang=${t.textLang} aria-labelledby="heading" @cancel=${cancel} @close=${() => view.closed()}>
      <header role="none">
        <h2 id="heading" part="heading" tabindex="-1" autofocus>${requester ? say('title', requester) : say('heading')}</h2>
        <button class="close" type="button" @click=${() => view.close('close-button')}>${say('close')}</button>
      </header>
      <div class="body" part="body" tabindex="0">${renderBody(view, requester)}</div>
      <footer role="none" part="actions">${renderActions(view)}</footer>
    </dialog>
  `;
}

function renderBody(view: DialogView, requester: string): TemplateResult | typeof nothing {
  const { t, phase, request } = view;
  const say = view.t.t.bind(view.t);
  if (phase === 'loading') return html`<p role="status">${say('loading')}</p>`;
  if (phase === 'load-failed' || phase === 'invalid') return html`<p role="alert">${say('loadFailed')}</p>`;
  if (phase === 'done' && request) return renderResult(view, request, requester);
  if (!request) return nothing;
  const lang = t.lang;
  // The dialog is marked with the language of its own texts; a service's text in another is marked too.
  const around = t.textLang;
  const texts = request.texts;
  const privacy = safeUrl(texts?.privacyUrl);
  return html`
    <dl>
      <dt>${say('data')}</dt>
      <dd>${renderData(view, request)}</dd>
      ${row(say('purpose'), textIn(texts?.purpose, lang, around) ?? textIn(request.requestMessage as LocalizedText | undefined, lang, around))}
      ${row(say('validTo'), html`<time datetime=${request.validTo}>${longDate(new Date(request.validTo), t.lang)}</time>`)}
      ${row(say('legalBasis'), textIn(texts?.legalBasis, lang, around))} ${row(say('ifNo'), textIn(texts?.consequenceOfNo, lang, around))}
    </dl>
    ${privacy ? html`<p><a href=${privacy} target="_blank" rel="noopener noreferrer">${say('privacy', requester)}</a></p>` : nothing}
  `;
}

function row(label: string, value: unknown): TemplateResult | typeof nothing {
  return value
    ? html`<dt>${label}</dt>
        <dd>${value}</dd>`
    : nothing;
}

/** Each dataset once, with its source and what it is narrowed to (e.g. "Inntektsår: 2024, 2025"). */
function renderData(view: DialogView, request: ConsentRequest): TemplateResult {
  const { t } = view;
  const say = view.t.t.bind(view.t);
  const texts = request.texts;
  const byResource = new Map<string, Map<string, string[]>>();
  for (const right of request.consentRights) {
    for (const { value } of right.resource) {
      const meta = byResource.get(value) ?? new Map<string, string[]>();
      byResource.set(value, meta);
      for (const [key, v] of Object.entries(right.metaData ?? {})) meta.set(key, [...(meta.get(key) ?? []), v]);
    }
  }
  return html`<ul>
    ${[...byResource].map(([resource, meta]) => {
      const dataset = texts?.datasets.find((d) => d.resource === resource);
      const source = pick(dataset?.source, t.lang);
      const details = [...meta].map(([key, values]) => `${pick(texts?.metaDataLabels?.[key], t.lang) ?? key}: ${values.join(', ')}`);
      return html`<li>
        ${textIn(dataset?.name, t.lang, t.textLang) ?? resource}${source ? html`<span class="note">${` ${say('from', source)}`}</span>` : nothing}
        ${details.length ? html`<br /><span class="note">${details.join('; ')}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** The receipt of the person's own decision, or the state of a request answered before. */
function renderResult(view: DialogView, request: ConsentRequest, requester: string): TemplateResult {
  const { t, confirmed } = view;
  const say = view.t.t.bind(view.t);
  const until = html`<p>${say('acceptedText', requester, longDate(new Date(request.validTo), t.lang))}</p>
    ${renderData(view, request)}
    <p>${say('withdraw')}</p>
    ${view.manageUrl ? html`<p><a href=${view.manageUrl}>${say('manage')}</a></p>` : nothing}`;
  if (confirmed) {
    return html`<div class="receipt">
      <h3 id="result" tabindex="-1">${say(confirmed === 'accept' ? 'accepted' : 'rejected')}</h3>
      ${confirmed === 'accept' ? until : html`<p>${textIn(request.texts?.consequenceOfNo, t.lang, t.textLang) ?? nothing}</p>`}
    </div>`;
  }
  const status = request.status;
  return html`<div class="receipt">
    <h3 id="result" tabindex="-1">${say('answered')}</h3>
    <p>${say('status')}: ${say(status === 'accepted' ? 'statusAccepted' : status === 'rejected' ? 'statusRejected' : status)}</p>
    ${status === 'accepted' ? until : nothing}
  </div>`;
}

function renderActions(view: DialogView): TemplateResult {
  const { phase, delivery } = view;
  const say = view.t.t.bind(view.t);
  const pending = delivery?.pending.decision;
  const choice = pending ? html`<p>${say('choice')}: ${say(pending)}</p>` : nothing;
  if (phase === 'ready' || (phase === 'saving' && view.request?.status === 'pending')) {
    const busy = phase === 'saving';
    // Same element, same style, same size: neither choice is louder, pre-selected or focused first.
    // While saving they stay (inert to clicks) so focus is not lost. "Lagrer valget ditt …" is
    // announced through the dialog's live region; a role="status" here would say it a second time.
    return html`
      ${busy ? html`<p class="saving">${say('saving')}</p>` : nothing}
      <div class="choices">
        <button type="button" part="accept" aria-disabled=${busy} @click=${() => view.decide('accept')}>${say('accept')}</button>
        <button type="button" part="reject" aria-disabled=${busy} @click=${() => view.decide('reject')}>${say('reject')}</button>
      </div>
    `;
  }
  if (phase === 'saving')
    return html`${choice}
      <p class="saving">${say('saving')}</p>`;
  if (phase === 'failed' || phase === 'load-failed') {
    return html`
      ${
        pending
          ? html`${choice}
              <p role="alert">${say(delivery?.unkept ? 'failedUnkept' : 'failed')}</p>`
          : nothing
      }
      <div class="choices">
        <button class="retry" type="button" @click=${() => view.retry()}>${say('retry')}</button>
      </div>
    `;
  }
  return html`<div class="choices">
    <button type="button" @click=${() => view.close('done')}>${say('close')}</button>
  </div>`;
}
