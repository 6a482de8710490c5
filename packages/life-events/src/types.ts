/** The languages every Felles text is written for. */
export const LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A short text in Norwegian Bokmål, Norwegian Nynorsk and English, and in Northern Sámi where a
 * reviewed translation exists. A missing `se` is deliberate, never an oversight to paper over:
 * {@link localize} then falls back to `nb` and says so, so the page can mark that text `lang="nb"`.
 */
export interface LocalizedText {
  nb: string;
  nn: string;
  en: string;
  se?: string;
}

/** Who runs a step: central government, the municipality, a private business or a voluntary body. */
export const BODY_LEVELS = ['state', 'municipality', 'private', 'voluntary'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];

export interface ResponsibleBody {
  name: LocalizedText;
  level: BodyLevel;
}

export interface LifeEventStep {
  /** Unique within its life event; kebab-case; the key of progress maps and events. */
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Who the person deals with in this step. */
  body: ResponsibleBody;
  /** The real service or its guidance page; always https. */
  url: string;
  /** Only some people need this step. */
  optional?: boolean;
}

/**
 * Steps that share one place in the order: `and` steps are done side by side, `or` steps are
 * alternatives of which a person needs one.
 */
export interface LifeEventStepGroup {
  id: string;
  relation: 'and' | 'or';
  /** At least two steps. */
  steps: LifeEventStep[];
}

export type LifeEventItem = LifeEventStep | LifeEventStepGroup;

export interface Ministry {
  name: LocalizedText;
  url: string;
}

export interface LifeEvent {
  /** kebab-case, e.g. `start-business`. */
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The ministry responsible for the life event; a service's own journeys may leave it out. */
  ministry?: Ministry;
  /** In the order a person meets them. */
  steps: LifeEventItem[];
}

/** Where a person is with one step. */
export const STEP_STATUSES = ['not-started', 'in-progress', 'done', 'not-relevant'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Status by step id; a step that is not listed has not been started. */
export type LifeEventProgress = Readonly<Record<string, StepStatus | undefined>>;
