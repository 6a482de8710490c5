import type { IdportenClaims } from '@felles/client-idporten/browser';

/** Public-client mode: the login completed in this page; the tokens stay in the client's memory. */
export class FellesLoggedInEvent extends Event {
  readonly detail: { claims: IdportenClaims; name: string | undefined };
  constructor(detail: FellesLoggedInEvent['detail']) {
    super('felles-logged-in', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Public-client mode: starting or completing a login failed; `error` is the client's typed error. */
export class FellesLoginErrorEvent extends Event {
  readonly detail: { error: unknown };
  constructor(error: unknown) {
    super('felles-login-error', { bubbles: true, composed: true });
    this.detail = { error };
  }
}
