/**
 * A token bucket per client: `burst` requests at once, refilled at `perMinute`. Used for what anyone
 * can start without logging in (a login start makes a session), so that one client cannot fill the
 * session store or hammer ID-porten. The map of clients is bounded too: past `maxClients` the
 * client seen least recently is forgotten, which only ever gives that client a full bucket again.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #burst: number;
  readonly #perMs: number;
  readonly #maxClients: number;
  readonly #now: () => number;

  constructor(options: { burst: number; perMinute: number; maxClients?: number; now?: () => number }) {
    this.#burst = options.burst;
    this.#perMs = options.perMinute / 60_000;
    this.#maxClients = options.maxClients ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Takes one token for `client`; `0` when allowed, else the seconds until the next token. */
  take(client: string): number {
    const now = this.#now();
    const bucket = this.#buckets.get(client) ?? { tokens: this.#burst, at: now };
    this.#buckets.delete(client);
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (this.#buckets.size > this.#maxClients) this.#buckets.delete(this.#buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000));
  }
}
