import type { ConsentDecision, ConsentRequest } from '@felles/client-samtykke';

/** What asked the dialog to close: the × button, Escape, or the close button under a receipt. */
export type ConsentCloseSource = 'close-button' | 'keyboard' | 'done';

export interface ConsentDecisionDetail {
  requestId: string;
  decision: ConsentDecision;
  /** ISO 8601, when the person decided. */
  time: string;
}

/** The person chose. Fired before anything is saved. */
export class FellesConsentDecisionEvent extends Event {
  readonly detail: ConsentDecisionDetail;
  constructor(detail: ConsentDecisionDetail) {
    super('felles-consent-decision', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The server has answered a decision: `request` is what it now holds; `conflict` when another decision was there first. */
export class FellesConsentSavedEvent extends Event {
  readonly detail: { request: ConsentRequest; conflict: boolean };
  constructor(detail: { request: ConsentRequest; conflict: boolean }) {
    super('felles-consent-saved', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The dialog is about to close without a decision; cancel it to keep the dialog open. */
export class FellesConsentCloseEvent extends Event {
  readonly detail: { source: ConsentCloseSource };
  constructor(source: ConsentCloseSource) {
    super('felles-consent-close', { bubbles: true, composed: true, cancelable: true });
    this.detail = { source };
  }
}
