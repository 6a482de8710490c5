import { readFileSync } from 'node:fs';
import { parse } from '@felles/client-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as v from 'valibot';
import { consentRequestInputSchema } from './input-schemas.js';
import { consentRequestSchema } from './schemas.js';
import { consentStatus } from './status.js';
import type { ConsentRequest, ConsentRequestInput } from './types.js';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));

const beforeFixtureExpiry = () => new Date('2025-07-18T07:00:00Z');

describe("Altinn's consent request JSON", () => {
  it('parses the response example with its Created event and no decision', () => {
    const parsed = parse(consentRequestSchema, fixture('consentrequest-response.json'), 'response');
    expect(parsed.id).toBe('77ed8698-e619-4066-9eb4-5c1eb3f165a1');
    expect(parsed.consentRights).toHaveLength(2);
    expect(parsed.consentRights.map((right) => right.metaData?.inntektsaar)).toEqual(['2023', '2024']);
    expect(parsed.consentRequestEvents.map((event) => event.eventType)).toEqual(['Created']);
    expect(parsed.consented).toBeNull();
    expect(parsed.viewUri).toMatch(/^https:\/\/am\.ui\.tt02\.altinn\.no\//);
    expect(consentStatus(parsed, beforeFixtureExpiry())).toBe('pending');
    expect(consentStatus(parsed, new Date('2026-07-19T00:00:00Z'))).toBe('expired');
  });

  it('parses the request example as input while its validTo is in the future', () => {
    const parsed = parse(consentRequestInputSchema(beforeFixtureExpiry), fixture('consentrequest-request.json'), 'request');
    expect(parsed.from).toBe('urn:altinn:person:identifier-no:21818297804');
    expect(parsed.redirectUrl).toContain('consentId=77ed8698');
  });

  it('also reads the request example as a (not yet stored) request', () => {
    const parsed = parse(consentRequestSchema, fixture('consentrequest-request.json'), 'response');
    expect(parsed.consentRequestEvents).toEqual([]);
  });

  it('says which field is wrong in a response of the wrong shape', () => {
    const broken = fixture('consentrequest-response.json') as { consentRequestEvents: { eventType: string }[] };
    broken.consentRequestEvents[0]!.eventType = 'Approved';
    expect(() => parse(consentRequestSchema, broken, 'response')).toThrowError(
      expect.objectContaining({ source: 'response', field: 'consentRequestEvents.0.eventType' }),
    );
  });

  it('has types that match the schemas', () => {
    expectTypeOf<v.InferOutput<typeof consentRequestSchema>>().toExtend<Omit<ConsentRequest, 'status'>>();
    expectTypeOf<v.InferOutput<ReturnType<typeof consentRequestInputSchema>>>().toExtend<ConsentRequestInput>();
  });
});

describe('consent request input', () => {
  const schema = consentRequestInputSchema(beforeFixtureExpiry);
  const valid = fixture('consentrequest-request.json') as Record<string, unknown>;
  const fieldOf = (input: unknown) => {
    try {
      parse(schema, input, 'request');
      return undefined;
    } catch (error) {
      return (error as { field: string }).field;
    }
  };

  it.each([
    ['from', 'urn:altinn:person:identifier-no:21818297805'],
    ['from', 'urn:altinn:person:identifier-no:2181829780'],
    ['from', '21818297804'],
    ['to', 'urn:altinn:organization:identifier-no:991825828'],
    ['to', 'urn:altinn:person:identifier-no:21818297804'],
    ['id', 'not-a-uuid'],
    ['validTo', '2025-07-18T06:59:59Z'],
    ['validTo', '18.07.2026'],
    ['redirectUrl', 'bankenmin.no/huslaan'],
  ])('rejects %s = %s', (field, value) => {
    expect(fieldOf({ ...valid, [field]: value })).toBe(field);
  });

  it('rejects a request for nothing and a right that is not "consent"', () => {
    expect(fieldOf({ ...valid, consentRights: [] })).toBe('consentRights');
    const rights = structuredClone(valid.consentRights) as { action: string[] }[];
    rights[1]!.action = ['read'];
    expect(fieldOf({ ...valid, consentRights: rights })).toBe('consentRights.1.action.0');
  });
});
