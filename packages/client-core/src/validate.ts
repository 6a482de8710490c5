import type { GenericSchema, StandardProps } from 'valibot';
import { FellesValidationError } from './errors.js';

type Result<T> = ReturnType<StandardProps<unknown, T>['validate']> & {};

/**
 * Validates `data` against a valibot schema and returns the typed output, or
 * throws a `FellesValidationError` naming every wrong field by its dotted path.
 *
 * It goes through the schema's Standard Schema interface (`~standard`) rather than
 * valibot's `safeParse` and `getDotPath`: same result, and browsers download no
 * valibot code beyond the schemas themselves.
 */
export function parse<T>(schema: GenericSchema<unknown, T>, data: unknown, source: 'request' | 'response'): T {
  // A valibot schema without async parts answers synchronously.
  const result = schema['~standard'].validate(data) as Exclude<Result<T>, Promise<unknown>>;
  if (!result.issues) return result.value;
  throw new FellesValidationError(
    result.issues.map((issue) => ({
      path: issue.path?.map((item) => (typeof item === 'object' ? item.key : item)).join('.') ?? '',
      message: issue.message,
    })),
    source,
  );
}
