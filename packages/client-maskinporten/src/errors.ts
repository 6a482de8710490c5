import { FellesError } from '@felles/client-core';

/**
 * Maskinporten refused a grant (400 `invalid_grant`, `invalid_scope`, `invalid_client`...) or its
 * metadata could not be used. `mpCode` is the `MP-nnn` code Maskinporten puts in many descriptions,
 * which its support asks for.
 */
export class MaskinportenError extends FellesError {
  /** e.g. `MP-062`, when the description carries one. */
  readonly mpCode?: string;

  constructor(
    /** OAuth error code, e.g. `invalid_grant`. */
    readonly error: string,
    readonly error_description?: string,
    /** HTTP status of the answer, when there was one. */
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super('maskinporten', `Maskinporten: ${error}${error_description ? `: ${error_description}` : ''}`, options);
    const mp = /\bMP-\d+\b/.exec(error_description ?? '')?.[0];
    if (mp) this.mpCode = mp;
  }
}
