import { FellesError } from '@felles/client-core';
import * as oauth from 'oauth4webapi';
import {
  IdportenExpiredTokenError,
  IdportenInvalidResponseError,
  IdportenIssuerMismatchError,
  IdportenNonceMismatchError,
  IdportenProviderError,
  type IdportenErrorSource,
} from './errors.js';

interface ClaimCheckCause {
  claim?: string;
  expected?: unknown;
  claims?: Record<string, unknown>;
}

/**
 * Translates oauth4webapi's errors into our family. oauth4webapi does the
 * checks; this only reads the structured `code` and `cause` it attaches to say
 * which check failed, never its messages.
 */
export function toIdportenError(error: unknown, source: IdportenErrorSource): Error {
  if (error instanceof FellesError) return error;
  if (error instanceof oauth.AuthorizationResponseError) {
    return new IdportenProviderError({ error: error.error, errorDescription: error.error_description, source: 'authorization' }, { cause: error });
  }
  if (error instanceof oauth.ResponseBodyError) {
    return new IdportenProviderError(
      { error: error.error, errorDescription: error.error_description, source, status: error.status },
      { cause: error },
    );
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const challenge = error.cause[0];
    return new IdportenProviderError(
      {
        error: challenge?.parameters.error ?? 'invalid_token',
        errorDescription: challenge?.parameters.error_description,
        source,
        status: error.status,
      },
      { cause: error },
    );
  }
  if (error instanceof oauth.OperationProcessingError) {
    const cause = (error.cause ?? {}) as ClaimCheckCause;
    if (error.code === oauth.JWT_TIMESTAMP_CHECK && cause.claim === 'exp') {
      return new IdportenExpiredTokenError(undefined, { cause: error });
    }
    if (error.code === oauth.JWT_CLAIM_COMPARISON && cause.claim === 'nonce') {
      return new IdportenNonceMismatchError(undefined, { cause: error });
    }
    if (error.code === oauth.JWT_CLAIM_COMPARISON && cause.claim === 'iss') {
      const actual = cause.claims?.iss;
      return new IdportenIssuerMismatchError(String(cause.expected), typeof actual === 'string' ? actual : undefined, { cause: error });
    }
    if (error.code === oauth.JSON_ATTRIBUTE_COMPARISON && source === 'discovery') {
      const body = (cause as { body?: { issuer?: unknown } }).body;
      const actual = typeof body?.issuer === 'string' ? body.issuer : undefined;
      return new IdportenIssuerMismatchError(String(cause.expected), actual, { cause: error });
    }
    return new IdportenInvalidResponseError(`ID-porten's answer failed a check: ${error.message}`, { cause: error });
  }
  if (error instanceof oauth.UnsupportedOperationError) {
    return new IdportenInvalidResponseError(`ID-porten's answer used something this client does not support: ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new IdportenInvalidResponseError(String(error), { cause: error });
}
