import * as v from 'valibot';
import { BODY_LEVELS, type LifeEvent } from './types.js';

// Limits keep texts short and plain: a step heading is read aloud as a button name.
const TITLE_MAX = 100;
const DESCRIPTION_MAX = 400;

const idSchema = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single hyphens'));

const textSchema = (max: number) =>
  v.pipe(
    v.string('must be a string'),
    v.check((text) => text.trim() !== '', 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const localizedTextSchema = (max: number) =>
  v.strictObject(
    { nb: textSchema(max), nn: textSchema(max), en: textSchema(max), se: v.optional(textSchema(max)) },
    'must be an object with nb, nn and en texts',
  );

const httpsUrlSchema = v.pipe(v.string('must be a string'), v.url('must be an absolute URL'), v.startsWith('https://', 'must use https'));

const bodySchema = v.strictObject(
  {
    name: localizedTextSchema(TITLE_MAX),
    level: v.picklist(BODY_LEVELS, `must be one of ${BODY_LEVELS.join(', ')}`),
  },
  'must be an object with name and level',
);

const stepSchema = v.strictObject(
  {
    id: idSchema,
    title: localizedTextSchema(TITLE_MAX),
    description: localizedTextSchema(DESCRIPTION_MAX),
    body: bodySchema,
    url: httpsUrlSchema,
    optional: v.optional(v.boolean('must be true or false')),
  },
  'must be a step object',
);

const groupSchema = v.strictObject(
  {
    id: idSchema,
    relation: v.picklist(['and', 'or'], 'must be "and" or "or"'),
    steps: v.pipe(v.array(stepSchema, 'must be a list of steps'), v.minLength(2, 'a group needs at least two steps')),
  },
  'must be a group object',
);

// Choosing the schema from the input, rather than a union, keeps the path of a failing field
// (a union would only say that steps.3 matched neither shape).
const itemSchema = v.lazy((input) =>
  typeof input === 'object' && input !== null && ('relation' in input || 'steps' in input) ? groupSchema : stepSchema,
);

const ministrySchema = v.strictObject({ name: localizedTextSchema(TITLE_MAX), url: httpsUrlSchema }, 'must be an object with name and url');

type PathItem = v.IssuePathItem;
const keyItem = (input: Record<string, unknown>, key: string): PathItem => ({
  type: 'object',
  origin: 'value',
  input,
  key,
  value: input[key],
});
const indexItem = (input: unknown[], key: number): PathItem => ({ type: 'array', origin: 'value', input, key, value: input[key] });

/** Validates any life-event definition, built-in or a service's own. */
export const lifeEventSchema = v.pipe(
  v.strictObject(
    {
      id: idSchema,
      title: localizedTextSchema(TITLE_MAX),
      summary: localizedTextSchema(DESCRIPTION_MAX),
      ministry: v.optional(ministrySchema),
      steps: v.pipe(v.array(itemSchema, 'must be a list of steps'), v.minLength(1, 'must have at least one step')),
    },
    'must be a life-event object',
  ),
  // Step ids key progress maps, remembered expansion and DOM ids, so they must be unique.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const event = dataset.value as unknown as Record<string, unknown> & { steps: Record<string, unknown>[] };
    const seen = new Set<string>();
    const visit = (item: Record<string, unknown>, path: [PathItem, ...PathItem[]]) => {
      const id = item['id'] as string;
      if (seen.has(id)) addIssue({ message: `duplicates the id "${id}"`, path: [...path, keyItem(item, 'id')] });
      seen.add(id);
    };
    event.steps.forEach((item, index) => {
      const itemPath: [PathItem, ...PathItem[]] = [keyItem(event, 'steps'), indexItem(event.steps, index)];
      visit(item, itemPath);
      const children = item['steps'];
      if (Array.isArray(children)) {
        children.forEach((child: Record<string, unknown>, childIndex) =>
          visit(child, [...itemPath, keyItem(item, 'steps'), indexItem(children, childIndex)]),
        );
      }
    });
  }),
);

// Fails to compile if the schema and the hand-written types drift apart.
const _sameShape: v.GenericSchema<unknown, LifeEvent> = lifeEventSchema;

export interface LifeEventIssue {
  /** Dotted path of the failing field, e.g. `steps.2.title.nn`; empty for the definition itself. */
  path: string;
  message: string;
}

export type LifeEventValidation = { success: true; event: LifeEvent } | { success: false; issues: LifeEventIssue[]; field: string };

function describe(issue: v.BaseIssue<unknown>): string {
  // Valibot's own wording for object keys is technical; say what a definition author needs.
  if (issue.kind === 'schema' && issue.expected === 'never') return 'is not a known field';
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is required';
  return issue.message;
}

/** Checks a definition and reports every failing field by its path. */
export function validateLifeEvent(input: unknown): LifeEventValidation {
  const result = v.safeParse(lifeEventSchema, input);
  if (result.success) return { success: true, event: result.output };
  const issues = result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: describe(issue) }));
  return { success: false, issues, field: issues[0]?.path ?? '' };
}

/** A life-event definition that failed validation; `field` is the path of the first failing field. */
export class LifeEventValidationError extends Error {
  override readonly name = 'LifeEventValidationError';
  readonly code = 'validation';
  readonly issues: LifeEventIssue[];
  readonly field: string;

  constructor(issues: LifeEventIssue[]) {
    const first = issues[0];
    const where = first ? `${first.path || '(definition)'}: ${first.message}` : 'unknown problem';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`Invalid life-event definition at ${where}${more}`);
    this.issues = issues;
    this.field = first?.path ?? '';
  }
}

/** Returns the definition typed, or throws {@link LifeEventValidationError} naming the field. */
export function parseLifeEvent(input: unknown): LifeEvent {
  const result = validateLifeEvent(input);
  if (!result.success) throw new LifeEventValidationError(result.issues);
  return result.event;
}
