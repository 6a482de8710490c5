import type { SandboxAddress } from './generate.js';
import type { StringFilter } from './params.js';

export const normalize = (text: string) => text.normalize('NFC').toLowerCase();

// The register is generated in NFC, so indexing only lower-cases; queries are normalised fully.
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);

/** Words of an address that free text (`sok`) can match: street, number (with and without letter), post and municipality. */
function tokenizer(): (a: SandboxAddress) => string[] {
  // Post towns and municipalities repeat thousands of times: split each once.
  const places = new Map<string, string[]>();
  const placeWords = (text: string) => places.get(text) ?? places.set(text, words(text)).get(text)!;
  return (a) => {
    const tokens = words(a.adressetekst);
    tokens.push(String(a.nummer), a.postnummer, ...placeWords(a.poststed), ...placeWords(a.kommunenavn));
    return tokens;
  };
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
export const wildcardRegExp = (pattern: string) => new RegExp(`^${escapeRegExp(pattern).replace(/\*/g, '.*')}$`, 'u');

export type Scores = Map<number, number>;

/**
 * An inverted index from words to addresses. Prefix queries (`myrv*`), the
 * common case for a lookup as you type, use binary search over the sorted
 * words, so they cost the number of matching words, not of addresses.
 */
export class AddressIndex {
  readonly addresses: readonly SandboxAddress[];
  /** Position of each address in a stable, readable order (street, number, letter). */
  readonly rank: Int32Array;
  /** Ids in rank order: what a search without scores returns, filtered. */
  readonly order: Int32Array;
  readonly #postings = new Map<string, number[]>();
  readonly #words: string[];
  readonly #lowered = new Map<Exclude<StringFilter, 'bruksenhetsnummer'>, readonly string[]>();
  #loweredUnits?: readonly (readonly string[])[];

  constructor(addresses: readonly SandboxAddress[]) {
    this.addresses = addresses;
    const tokensOf = tokenizer();
    addresses.forEach((address, id) => {
      for (const token of tokensOf(address)) {
        const list = this.#postings.get(token);
        // Words may repeat within an address ("5" and "5"); keep one posting.
        if (!list) this.#postings.set(token, [id]);
        else if (list[list.length - 1] !== id) list.push(id);
      }
    });
    this.#words = [...this.#postings.keys()].sort();
    // Collate the few distinct names (æ, ø, å in Norwegian order), then sort addresses by numbers only.
    const collator = new Intl.Collator('nb');
    const nameRank = new Map<string, number>();
    [...new Set(addresses.map((a) => `${a.adressenavn}\u0000${a.kommunenavn}`))].sort(collator.compare).forEach((name, i) => nameRank.set(name, i));
    const key = addresses.map(
      (a) => nameRank.get(`${a.adressenavn}\u0000${a.kommunenavn}`)! * 1e6 + a.nummer * 100 + (a.bokstav.charCodeAt(0) || 0) - 64,
    );
    const order = addresses.map((_, id) => id).sort((x, y) => key[x]! - key[y]!);
    this.order = Int32Array.from(order);
    this.rank = new Int32Array(addresses.length);
    order.forEach((id, position) => (this.rank[id] = position));
  }

  /**
   * One field of every address (by id), lower-cased once, on first use: field filters compare
   * thousands of addresses per request. The register is in NFC already, so lower-casing suffices.
   */
  lowered(field: Exclude<StringFilter, 'bruksenhetsnummer'>): readonly string[] {
    let values = this.#lowered.get(field);
    if (!values) this.#lowered.set(field, (values = this.addresses.map((a) => (a[field] ?? '').toLowerCase())));
    return values;
  }

  /** Unit numbers of every address (by id), lower-cased once, on first use. */
  loweredUnits(): readonly (readonly string[])[] {
    return (this.#loweredUnits ??= this.addresses.map((a) => a.bruksenhetsnummer.map((unit) => unit.toLowerCase())));
  }

  get wordCount(): number {
    return this.#words.length;
  }

  /** Addresses matching one query word, each with a score: exact 3, wildcard 2, fuzzy 2 − distance/2. */
  match(word: string, fuzzy: boolean): Scores {
    const scores: Scores = new Map();
    const add = (token: string, score: number) => {
      for (const id of this.#postings.get(token) ?? []) if ((scores.get(id) ?? 0) < score) scores.set(id, score);
    };
    if (word.includes('*')) {
      const star = word.indexOf('*');
      const prefix = word.slice(0, star);
      const onlyTrailing = star === word.length - 1;
      const pattern = onlyTrailing ? undefined : wildcardRegExp(word);
      for (let i = this.#lowerBound(prefix); i < this.#words.length && this.#words[i]!.startsWith(prefix); i++) {
        const token = this.#words[i]!;
        if (!pattern || pattern.test(token)) add(token, token === prefix ? 3 : 2);
      }
      return scores;
    }
    add(word, 3);
    if (fuzzy) {
      const max = word.length <= 2 ? 0 : word.length <= 5 ? 1 : 2;
      for (const token of this.#words) {
        if (token === word) continue;
        const distance = editDistance(word, token, max);
        if (distance <= max) add(token, 2 - distance / 2);
      }
    }
    return scores;
  }

  #lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.#words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
