/**
 * Tokens kept per key until shortly before they expire, with one fetch in flight per key: callers that
 * ask for the same key while a grant is on its way share its answer instead of each sending one.
 */
export class TokenCache<T extends { expiresAt: number }> {
  readonly #tokens = new Map<string, T>();
  readonly #inFlight = new Map<string, Promise<T>>();

  constructor(
    /** Milliseconds before `expiresAt` at which a token counts as spent. */
    private readonly skewMs: number,
    private readonly now: () => number,
  ) {}

  get(key: string, fetchToken: () => Promise<T>): Promise<T> {
    const cached = this.#tokens.get(key);
    if (cached && this.now() < cached.expiresAt - this.skewMs) return Promise.resolve(cached);
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const request = fetchToken()
      .then((token) => {
        this.#tokens.set(key, token);
        return token;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, request);
    return request;
  }

  clear(): void {
    this.#tokens.clear();
  }
}
