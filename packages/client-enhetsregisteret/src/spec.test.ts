import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { enhetSchema, goneEnhetSchema, pageSchema, slettetEnhetSchema } from './schemas.js';

/**
 * Checks the runtime schemas against the real OpenAPI document: an object built from the
 * document's own examples must parse, and leaving out any field the document marks required must
 * fail on exactly that field.
 */

interface JsonSchema {
  type?: string;
  $ref?: string;
  example?: unknown;
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const document = JSON.parse(readFileSync(new URL('../openapi/enhetsregisteret.json', import.meta.url), 'utf8')) as {
  components: { schemas: Record<string, JsonSchema> };
};
const schemas = document.components.schemas;

function resolve(schema: JsonSchema): JsonSchema {
  return schema.$ref ? schemas[schema.$ref.split('/').pop()!]! : schema;
}

/** An example value for a schema, from its `example`s; only required properties are filled in. */
function example(input: JsonSchema, name = ''): unknown {
  const schema = resolve(input);
  if (schema.type === 'object' || schema.properties) {
    const result: Record<string, unknown> = {};
    for (const key of schema.required ?? []) result[key] = example(schema.properties![key]!, key);
    return result;
  }
  if (schema.type === 'array') return [];
  if (schema.example !== undefined) {
    // Some examples in the document are written with their quotes, e.g. "\"https://...\"".
    return typeof schema.example === 'string' ? schema.example.replace(/^"|"$/g, '') : schema.example;
  }
  if (schema.type === 'boolean') return false;
  if (schema.type === 'number' || schema.type === 'integer') return 0;
  throw new Error(`No example for ${name}`);
}

const cases = [
  ['Enhet', enhetSchema],
  ['SlettetEnhet', slettetEnhetSchema],
  ['GoneEnhet', goneEnhetSchema],
  ['Page', pageSchema],
] as const;

describe.each(cases)('%s against the OpenAPI document', (name, schema) => {
  const spec = schemas[name]!;
  const minimal = example(spec) as Record<string, unknown>;

  it('parses an object with only the required fields, built from the document’s examples', () => {
    const result = v.safeParse(schema, minimal);
    expect(result.success ? [] : result.issues.map((issue) => v.getDotPath(issue))).toEqual([]);
  });

  it.each(spec.required ?? [])('fails on the missing required field %s', (field) => {
    const { [field]: _dropped, ...rest } = minimal;
    const result = v.safeParse(schema, rest);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => v.getDotPath(issue))).toEqual([field]);
  });
});

describe('the document itself', () => {
  it('still requires what the client relies on', () => {
    expect(schemas['Enhet']!.required).toEqual(expect.arrayContaining(['organisasjonsnummer', 'navn', 'organisasjonsform']));
    expect(schemas['GoneEnhet']!.required).toEqual(['organisasjonsnummer', 'slettedato']);
    expect(schemas['Enheter']!.required).toEqual(['_links', 'page']);
  });
});
