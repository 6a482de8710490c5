import { randomBytes } from 'node:crypto';
import type { IdportenAcr } from '@felles/client-idporten';

/** A login that has been started and waits for ID-porten's callback. */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  acr: IdportenAcr;
  startedAt: number;
}

/**
 * The person, as far as the demo needs to know them, and no further: the access token is not kept,
 * as the demo calls no API on the person's behalf. The ID token stays here, on the server, as the
 * hint for logout.
 */
export interface SessionUser {
  pid: string;
  name: string;
  /** ID-porten's session, for front-channel logout. */
  sid?: string;
  idToken: string;
}

export interface Session {
  readonly id: string;
  readonly createdAt: number;
  lastSeen: number;
  login?: PendingLogin;
  user?: SessionUser;
  /** Idempotency keys of decisions sent from this session, by what they decide (see `idempotencyKey`). */
  idempotencyKeys?: Record<string, string>;
}

/**
 * The idempotency key of one decision (`purpose`, e.g. `accept:<consent id>`): random, so nobody can
 * guess it and claim it first with a request of their own, and kept in the session, so that a
 * repeated post of the same decision sends the same key and is recorded once.
 */
export function idempotencyKey(session: Session, purpose: string): string {
  session.idempotencyKeys ??= Object.create(null) as Record<string, string>;
  return (session.idempotencyKeys[purpose] ??= token());
}

export interface SessionStoreOptions {
  /** A session unused this long ends; default 30 minutes, as ID-porten's own idle timeout. */
  idleMs?: number;
  /** A session ends this long after it began however busy it is; default 8 hours. */
  absoluteMs?: number;
  /**
   * Most sessions kept at once; default 10,000. Anyone can start one (a login begins with one), so
   * past this the oldest sessions without a logged-in person are dropped rather than letting memory
   * grow without bound. A logged-in session is never dropped to make room: only a real login makes
   * one, and it ends by its idle and absolute timeouts.
   */
  maxSessions?: number;
  now?: () => number;
}

const token = () => randomBytes(32).toString('base64url');

/**
 * Sessions kept in this process's memory, keyed by a random 256-bit id that is the only thing the
 * browser holds (in an HttpOnly cookie). A restart logs everybody out, which a demo can afford;
 * the person's journey is kept apart, in the journey store.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #idleMs: number;
  readonly #absoluteMs: number;
  readonly #maxSessions: number;
  readonly #now: () => number;
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: SessionStoreOptions = {}) {
    this.#idleMs = options.idleMs ?? 30 * 60_000;
    this.#absoluteMs = options.absoluteMs ?? 8 * 60 * 60_000;
    this.#maxSessions = options.maxSessions ?? 10_000;
    this.#now = options.now ?? Date.now;
    this.#sweeper = setInterval(() => this.sweep(), 60_000);
    this.#sweeper.unref();
  }

  create(): Session {
    if (this.#sessions.size >= this.#maxSessions) this.sweep();
    // A Map keeps insertion order: the first entries are the oldest. Anonymous ones go first, so
    // a flood of started logins can never log a person out.
    for (const [id, session] of this.#sessions) {
      if (this.#sessions.size < this.#maxSessions) break;
      if (!session.user) this.#sessions.delete(id);
    }
    const now = this.#now();
    const session: Session = { id: token(), createdAt: now, lastSeen: now };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, touched; `undefined` for an unknown or expired id. */
  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    if (this.#expired(session)) {
      this.#sessions.delete(id);
      return undefined;
    }
    session.lastSeen = this.#now();
    return session;
  }

  /**
   * A new id for a session whose privileges change (login), so an id planted before login
   * (session fixation) is worthless after it.
   */
  rotate(session: Session): Session {
    this.#sessions.delete(session.id);
    const next: Session = { ...session, id: token(), lastSeen: this.#now() };
    this.#sessions.set(next.id, next);
    return next;
  }

  destroy(id: string): void {
    this.#sessions.delete(id);
  }

  /** Ends every session of one ID-porten session (front-channel logout). Returns how many ended. */
  destroyBySid(sid: string): number {
    let count = 0;
    for (const [id, session] of this.#sessions) {
      if (session.user?.sid === sid) {
        this.#sessions.delete(id);
        count += 1;
      }
    }
    return count;
  }

  get size(): number {
    return this.#sessions.size;
  }

  sweep(): void {
    for (const [id, session] of this.#sessions) if (this.#expired(session)) this.#sessions.delete(id);
  }

  close(): void {
    clearInterval(this.#sweeper);
    this.#sessions.clear();
  }

  #expired(session: Session): boolean {
    const now = this.#now();
    return now - session.lastSeen > this.#idleMs || now - session.createdAt > this.#absoluteMs;
  }
}
