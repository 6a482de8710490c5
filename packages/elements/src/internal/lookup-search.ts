import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { announce } from './announcer.js';
import { AsyncController, type AsyncOptions } from './async-controller.js';
import { renderStatus } from './combobox-field.js';
import { errorKind, type ErrorKind } from './error-kind.js';
import type { Lang } from './lang.js';

/** The texts a lookup's search says, from the element's `LocalizeController` (`#t`): its messages have these keys. */
export interface SearchTexts {
  t(key: 'searching' | 'noResults' | 'retry' | ErrorKind): string;
  t(key: 'results', count: number): string;
  readonly textLang: Lang;
}

export interface LookupSearchOptions<A extends unknown[], R> extends Omit<AsyncOptions<A, R>, 'onComplete' | 'onError'> {
  texts: SearchTexts;
  /** How many suggestions an answer has: "3 treff". */
  count: (answer: R) => number;
  /** What an answer says instead of its count (no unit has the number looked up), or undefined. */
  says?: (answer: R) => string | undefined;
  /** Called with the answer of the latest run, after it is announced. */
  onComplete?: (answer: R) => void;
  /** The "try again" button after an error. */
  retry: () => void;
}

/**
 * The search of a lookup field: an `AsyncController` that says what happens in the page's live region
 * ("Søker …" when the work starts, "3 treff", "Ingen treff" or what went wrong, in the language the text
 * is in) and renders the popup's status line for it: the error with a retry button, "Søker …" or no results.
 */
export class LookupSearch<A extends unknown[], R> extends AsyncController<A, R> {
  readonly #options: LookupSearchOptions<A, R>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LookupSearchOptions<A, R>) {
    const say = (message: string) => announce(message, { lang: options.texts.textLang, from: host });
    const { texts: t, count, says } = options;
    super(host, {
      ...options,
      task: (args, signal) => {
        say(t.t('searching'));
        return options.task(args, signal);
      },
      onComplete: (answer) => {
        const n = count(answer);
        say(says?.(answer) ?? (n ? t.t('results', n) : t.t('noResults')));
        options.onComplete?.(answer);
      },
      onError: (error) => say(t.t(errorKind(error))),
    });
    this.#options = options;
  }

  /** The latest answer while it is the one shown (not while a newer search runs or after a failure). */
  get answer(): R | undefined {
    return this.status === 'complete' ? this.value : undefined;
  }

  /** The popup's status line while there is no list to show: the error and a retry button, "Søker …", or no results. */
  renderStatus(): TemplateResult {
    const { texts: t, retry, says } = this.#options;
    if (this.status === 'error') return renderStatus(t.t(errorKind(this.error)), true, { label: t.t('retry'), run: retry });
    const said = this.answer === undefined ? undefined : says?.(this.answer);
    return renderStatus(this.status === 'pending' ? t.t('searching') : (said ?? t.t('noResults')));
  }
}
