import { getDotPath, safeParse, type GenericSchema } from 'valibot';
import { FellesValidationError } from './errors.js';

/**
 * Validates `data` against a valibot schema and returns the typed output, or
 * throws a `FellesValidationError` naming every wrong field by its dotted path.
 */
export function parse<T>(schema: GenericSchema<unknown, T>, data: unknown, source: 'request' | 'response'): T {
  const result = safeParse(schema, data);
  if (result.success) return result.output;
  throw new FellesValidationError(
    result.issues.map((issue) => ({ path: getDotPath(issue) ?? '', message: issue.message })),
    source,
  );
}
