import { FellesHttpError } from '@felles/client-core';
import type { ConsentRequest } from './types.js';

/**
 * 409: someone decided first (the first decision wins), or the request can no longer change.
 * Carries the request as it now stands, so a dialog can show that instead of an error.
 */
export class ConsentConflictError extends FellesHttpError {
  override readonly code: string = 'conflict';
  readonly current: ConsentRequest;

  constructor(current: ConsentRequest, body: unknown, headers: Headers, url?: string) {
    super(409, body, headers, undefined, url);
    this.current = current;
  }
}
