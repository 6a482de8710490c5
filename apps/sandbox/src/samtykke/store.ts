import { createHash } from 'node:crypto';
import { consentStatus, type ConsentEvent, type ConsentEventType, type ConsentRequest, type ConsentRequestInput } from '@felles/client-samtykke';
import { canonicalJson, uuidv7 } from './ids.js';
import { Journal } from './journal.js';

export type ConsentAction = 'accept' | 'reject' | 'revoke';

/** An idempotency key and what it was used for. */
interface KeyUse {
  key: string;
  fingerprint: string;
}

/** One line of the journal. */
export type JournalEntry =
  | { type: 'created'; request: ConsentRequestInput; event: ConsentEvent; idempotency?: KeyUse }
  | { type: 'event'; event: ConsentEvent; idempotency?: KeyUse };

export interface Outcome {
  status: number;
  body: unknown;
  /** True when this is the stored answer to an idempotency key seen before. */
  replayed?: boolean;
}

interface Stored {
  input: ConsentRequestInput;
  events: ConsentEvent[];
  consented: string | null;
}

const eventOf: Record<ConsentAction, ConsentEventType> = { accept: 'Accepted', reject: 'Rejected', revoke: 'Revoked' };
const statusAfter = { accept: 'accepted', reject: 'rejected', revoke: 'revoked' } as const;

export const createFingerprint = (input: unknown) => `create ${createHash('sha256').update(canonicalJson(input)).digest('base64url')}`;
export const actionFingerprint = (id: string, action: ConsentAction) => `${action} ${id}`;

/**
 * Consent requests and their events. Every change is in the journal (fsynced) before it is in
 * memory and before anyone is told: an answer the client saw is never lost by a restart.
 */
export class ConsentStore {
  #requests = new Map<string, Stored>();
  #keys = new Map<string, { fingerprint: string; outcome: Outcome }>();
  #journal: Journal<JournalEntry>;
  #now: () => Date;

  #viewUri: (id: string) => string | null;

  /** `viewUri` gives the page where the person decides; without it, requests have none. */
  constructor(journalPath: string, now: () => Date = () => new Date(), viewUri: (id: string) => string | null = () => null) {
    const { journal, entries } = Journal.open<JournalEntry>(journalPath);
    this.#journal = journal;
    this.#now = now;
    this.#viewUri = viewUri;
    for (const entry of entries) this.#apply(entry);
  }

  close(): void {
    this.#journal.close();
  }

  has(id: string): boolean {
    return this.#requests.has(id);
  }

  /** The request in Altinn's response shape, with its status as of `at`. */
  view(id: string, at: Date = this.#now()): ConsentRequest | undefined {
    const stored = this.#requests.get(id);
    if (!stored) return undefined;
    const { input, events, consented } = stored;
    const request = {
      id: input.id,
      from: input.from,
      to: input.to,
      requiredDelegator: input.requiredDelegator ?? null,
      handledBy: null,
      validTo: input.validTo,
      consentRights: input.consentRights,
      requestMessage: input.requestMessage ?? null,
      consented,
      redirectUrl: input.redirectUrl ?? null,
      consentRequestEvents: events,
      viewUri: this.#viewUri(input.id),
    };
    return { ...request, status: consentStatus(request, at), ...(input.texts ? { texts: input.texts } : {}) };
  }

  /** Every request a party was asked, newest first. */
  list(filter: { from?: string; to?: string }): ConsentRequest[] {
    // Map keeps insertion order, so reversing it is newest first even for requests made in the same millisecond.
    return [...this.#requests.values()]
      .reverse()
      .filter(({ input }) => (!filter.from || input.from === filter.from) && (!filter.to || input.to === filter.to))
      .map(({ input }) => this.view(input.id)!);
  }

  /** The stored answer for a key used before, a 422 if it was used for something else, or undefined. */
  replay(key: string | undefined, fingerprint: string): Outcome | undefined {
    if (!key) return undefined;
    const seen = this.#keys.get(key);
    if (!seen) return undefined;
    if (seen.fingerprint !== fingerprint) {
      return { status: 422, body: { status: 422, message: 'This Idempotency-Key was used for a different request' } };
    }
    return { ...seen.outcome, replayed: true };
  }

  /** Creates a request; the same request sent again (same id, same content) is not created twice. */
  create(input: ConsentRequestInput, key?: string): Outcome {
    const existing = this.view(input.id);
    if (existing) {
      const same = canonicalJson(this.#requests.get(input.id)!.input) === canonicalJson(input);
      return same ? { status: 200, body: existing } : conflict(existing, `Consent request ${input.id} already exists with other content`);
    }
    const now = this.#now();
    const event = this.#event(input.id, 'Created', input.to, now);
    return this.#record({ type: 'created', request: input, event, ...keyUse(key, createFingerprint(input)) });
  }

  /**
   * Accept, reject or revoke. The first decision wins: repeating it changes nothing and answers
   * 200; a different one, or any decision on an expired request, answers 409 with the current state.
   * `performedBy` is who decided (a person deciding for a company); by default the party asked.
   */
  act(id: string, action: ConsentAction, key?: string, performedBy?: string): Outcome {
    const current = this.view(id);
    if (!current) return { status: 404, body: { status: 404, message: `No consent request ${id}` } };
    const wanted = statusAfter[action];
    if (current.status === wanted) return { status: 200, body: current };
    const allowed = action === 'revoke' ? current.status === 'accepted' : current.status === 'pending';
    if (!allowed) {
      return conflict(current, `Cannot ${action} a consent request that is ${current.status}`);
    }
    const who = performedBy ?? current.requiredDelegator ?? current.from;
    const event = this.#event(id, eventOf[action], who, this.#now());
    return this.#record({ type: 'event', event, ...keyUse(key, actionFingerprint(id, action)) });
  }

  #event(id: string, eventType: ConsentEventType, performedBy: string, at: Date): ConsentEvent {
    return { consentEventID: uuidv7(at), created: at.toISOString(), performedBy, eventType, consentRequestID: id };
  }

  #record(entry: JournalEntry): Outcome {
    this.#journal.append(entry);
    return this.#apply(entry);
  }

  #apply(entry: JournalEntry): Outcome {
    const id = entry.event.consentRequestID;
    if (entry.type === 'created') {
      this.#requests.set(id, { input: entry.request, events: [entry.event], consented: null });
    } else {
      const stored = this.#requests.get(id);
      if (!stored) throw new Error(`Journal event for unknown consent request ${id}`);
      stored.events.push(entry.event);
      if (entry.event.eventType === 'Accepted') stored.consented = entry.event.created;
    }
    // As seen at the moment it happened, so a replayed answer is the same after a restart.
    const outcome = { status: entry.type === 'created' ? 201 : 200, body: this.view(id, new Date(entry.event.created)) };
    if (entry.idempotency) this.#keys.set(entry.idempotency.key, { fingerprint: entry.idempotency.fingerprint, outcome });
    return outcome;
  }
}

function keyUse(key: string | undefined, fingerprint: string): { idempotency?: KeyUse } {
  return key ? { idempotency: { key, fingerprint } } : {};
}

function conflict(current: ConsentRequest, message: string): Outcome {
  return { status: 409, body: { status: 409, message, current } };
}
