import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parse } from './validate.js';
import {
  FellesError,
  FellesHttpError,
  FellesTimeoutError,
  FellesNetworkError,
  FellesValidationError,
  invalidRequest,
  isRetryable,
} from './errors.js';

const schema = v.object({
  adresser: v.array(v.object({ representasjonspunkt: v.object({ lat: v.number(), lon: v.number() }) })),
});

describe('parse', () => {
  it('returns the output when valid', () => {
    const data = { adresser: [{ representasjonspunkt: { lat: 59.8, lon: 10.8 } }] };
    expect(parse(schema, data, 'response')).toEqual(data);
  });

  it('names a missing nested field by its dotted path', () => {
    const error = (() => {
      try {
        parse(schema, { adresser: [{ representasjonspunkt: { lon: 10.8 } }] }, 'response');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toBeInstanceOf(FellesError);
    expect(error).toMatchObject({ code: 'validation', source: 'response', field: 'adresser.0.representasjonspunkt.lat' });
    expect((error as FellesValidationError).message).toContain('adresser.0.representasjonspunkt.lat');
  });

  it('lists every issue', () => {
    try {
      parse(v.object({ a: v.string(), b: v.number() }), { a: 1, b: 'x' }, 'request');
      expect.unreachable();
    } catch (e) {
      const error = e as FellesValidationError;
      expect(error.source).toBe('request');
      expect(error.issues.map((i) => i.path)).toEqual(['a', 'b']);
    }
  });
});

describe('invalidRequest', () => {
  it('throws a request validation error naming the field', () => {
    expect(() => invalidRequest('id', 'must be a UUID')).toThrow(FellesValidationError);
    expect(() => invalidRequest('id', 'must be a UUID')).toThrow(
      expect.objectContaining({ source: 'request', field: 'id', issues: [{ path: 'id', message: 'must be a UUID' }] }),
    );
    expect(() => invalidRequest('id', 'must be a UUID')).toThrow('Invalid request at id: must be a UUID');
  });
});

describe('isRetryable', () => {
  const h = (status: number) => new FellesHttpError(status, null, new Headers());
  it('retries timeouts, network errors and 429/502/503/504 only', () => {
    expect(isRetryable(new FellesTimeoutError())).toBe(true);
    expect(isRetryable(new FellesNetworkError())).toBe(true);
    expect([429, 502, 503, 504].map((s) => isRetryable(h(s)))).toEqual([true, true, true, true]);
    expect([400, 404, 500, 501].map((s) => isRetryable(h(s)))).toEqual([false, false, false, false]);
    expect(isRetryable(new FellesValidationError([], 'response'))).toBe(false);
    expect(isRetryable(new Error('x'))).toBe(false);
  });
  it('gives each error a name for logs', () => expect(h(500).name).toBe('FellesHttpError'));
});
