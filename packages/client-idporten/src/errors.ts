import { FellesError } from '@felles/client-core';

/**
 * Base of every ID-porten login failure. Each subclass says what was wrong, so
 * a service can log it precisely and show the person a fitting message (most
 * of these mean "start the login again", never "try the same callback again").
 */
export class IdportenError extends FellesError {}

/** The `state` in the callback is not the one this login started with (forged or stale callback, or a second tab). */
export class IdportenStateMismatchError extends IdportenError {
  constructor(message = 'The state in the callback does not match the login that was started', options?: { cause?: unknown }) {
    super('idporten.state_mismatch', message, options);
  }
}

/** The ID token's `nonce` is not the one this login sent (a token from another login was injected). */
export class IdportenNonceMismatchError extends IdportenError {
  constructor(message = 'The ID token nonce does not match the login that was started', options?: { cause?: unknown }) {
    super('idporten.nonce_mismatch', message, options);
  }
}

/** The callback or the token names another issuer than the one configured (RFC 9207 mix-up protection). */
export class IdportenIssuerMismatchError extends IdportenError {
  readonly expected: string;
  /** What the callback or token said; `undefined` when the `iss` parameter was missing. */
  readonly actual: string | undefined;

  constructor(expected: string, actual: string | undefined, options?: { cause?: unknown }) {
    super(
      'idporten.issuer_mismatch',
      actual === undefined ? `The callback has no iss parameter (expected ${expected})` : `Expected issuer ${expected}, got ${actual}`,
      options,
    );
    this.expected = expected;
    this.actual = actual;
  }
}

/** The person logged in at a lower level of assurance than the service requires. */
export class IdportenInsufficientAcrError extends IdportenError {
  /** The `acr` value the service asked for, e.g. `idporten-loa-high`. */
  readonly required: string;
  /** The `acr` in the ID token; `undefined` when it was missing. */
  readonly actual: string | undefined;

  constructor(required: string, actual: string | undefined) {
    super('idporten.insufficient_acr', `Login at ${actual ?? 'an unknown level'} does not satisfy the required ${required}`);
    this.required = required;
    this.actual = actual;
  }
}

/** The ID token had expired when it arrived (or the local clock is far off). */
export class IdportenExpiredTokenError extends IdportenError {
  constructor(message = 'The ID token has expired', options?: { cause?: unknown }) {
    super('idporten.expired_token', message, options);
  }
}

/** Where the provider's error came from. */
export type IdportenErrorSource = 'authorization' | 'token' | 'userinfo' | 'discovery';

/**
 * The provider answered with an OAuth error, e.g. `access_denied` when the
 * person cancelled, or `invalid_grant` when a code was used twice.
 */
export class IdportenProviderError extends IdportenError {
  /** The OAuth `error` code. */
  readonly error: string;
  readonly errorDescription: string | undefined;
  readonly source: IdportenErrorSource;
  /** HTTP status of the provider's answer; `undefined` for an authorization (redirect) response. */
  readonly status: number | undefined;

  constructor(
    details: { error: string; errorDescription?: string | undefined; source: IdportenErrorSource; status?: number | undefined },
    options?: { cause?: unknown },
  ) {
    super(
      'idporten.provider_error',
      `ID-porten answered ${details.error}${details.errorDescription ? `: ${details.errorDescription}` : ''}`,
      options,
    );
    this.error = details.error;
    this.errorDescription = details.errorDescription;
    this.source = details.source;
    this.status = details.status;
  }
}

/** A token or provider answer that fails a check not covered above (signature, audience, malformed JWT, ...). */
export class IdportenInvalidResponseError extends IdportenError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('idporten.invalid_response', message, options);
  }
}

/** The client is configured in a way that cannot work or is unsafe (e.g. an `http:` issuer that is not loopback). */
export class IdportenConfigurationError extends IdportenError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('idporten.configuration', message, options);
  }
}
