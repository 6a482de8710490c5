import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where the latest run stands, for rendering: nothing asked yet, waiting for the answer, answered, failed. */
export type AsyncStatus = 'idle' | 'pending' | 'complete' | 'error';

export interface AsyncOptions<A extends unknown[], R> {
  /** The work, given the run's arguments and a signal that aborts when a newer run starts or the host leaves the page. */
  task: (args: A, signal: AbortSignal) => Promise<R>;
  /**
   * Milliseconds `run()` waits for calls to stop before starting the work; `runNow()` never waits, nor does
   * `run()` with 0. A function is read at every run, so a host's changed property applies to the next one. Default 0.
   */
  debounce?: number | (() => number);
  /**
   * While `run()` waits out its debounce, `status`, `value` and `error` stay as they were, so what the host
   * shows (the last answer, an error) stays until the work starts; then `pending`. Default false: `pending` at once.
   */
  keepWhileWaiting?: boolean;
  /** How many answers to keep, most recently used first; a cached answer is applied without running the work. Default 0. */
  cache?: number;
  /** The cache key of a run's arguments. Default `JSON.stringify(args)`. */
  key?: (args: A) => string;
  /** Called with the answer of the latest run only, before the host re-renders. */
  onComplete?: (value: R, args: A) => void;
  /** Called with the error of the latest run only (never with an abort), before the host re-renders. */
  onError?: (error: unknown, args: A) => void;
}

/**
 * Async work for an element: loads, searches. Each run supersedes the one before it: the earlier run's
 * signal aborts, and whatever it answers later is dropped, so the host only ever shows the answer to
 * the last thing it asked. `status`, `value` and `error` describe the latest run; every change
 * re-renders the host. A run's promise never rejects: failures land in `status` and `error`.
 */
export class AsyncController<A extends unknown[], R> implements ReactiveController {
  status: AsyncStatus = 'idle';
  /** The latest answer; kept while a newer run is pending. */
  value?: R;
  /** Why the latest run failed. */
  error?: unknown;

  readonly #host: ReactiveControllerHost;
  readonly #options: AsyncOptions<A, R>;
  readonly #cache = new Map<string, R>();
  #run = 0;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #wake?: () => void;
  /** The arguments of a run the host's leaving the page stopped, run again when it comes back. */
  #resume?: A;
  #args?: A;

  constructor(host: ReactiveControllerHost, options: AsyncOptions<A, R>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Runs the work after the debounce; resolves when this run is settled or superseded. */
  run(...args: A): Promise<void> {
    const { debounce = 0 } = this.#options;
    return this.#start(args, typeof debounce === 'function' ? debounce() : debounce);
  }

  /** Runs the work at once (a submit, a retry button). */
  runNow(...args: A): Promise<void> {
    return this.#start(args, 0);
  }

  /** Stops the current run, if any, and goes back to `idle`; a late answer is dropped. */
  cancel(): void {
    this.#stop();
    this.#resume = undefined;
    this.#set('idle', undefined, undefined);
  }

  /** Forgets every cached answer (the source changed); the answer shown stays until the next run. */
  clear(): void {
    this.#cache.clear();
  }

  hostConnected(): void {
    const args = this.#resume;
    this.#resume = undefined;
    if (args) void this.runNow(...args);
  }

  hostDisconnected(): void {
    // Nobody sees the answer: stop asking, and ask again if the host is put back on the page.
    if (this.status !== 'pending' && !this.#wake) return;
    this.#resume = this.#args;
    this.#stop();
  }

  #stop(): number {
    clearTimeout(this.#timer);
    this.#wake?.();
    this.#wake = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    return ++this.#run;
  }

  async #start(args: A, wait: number): Promise<void> {
    const run = this.#stop();
    this.#args = args;
    this.#resume = undefined;
    const { task, cache = 0, key = JSON.stringify, onComplete, onError, keepWhileWaiting } = this.#options;
    const id = cache ? key(args) : '';
    if (cache && this.#cache.has(id)) {
      const value = this.#cache.get(id)!;
      this.#remember(id, value, cache);
      onComplete?.(value, args);
      this.#set('complete', value, undefined);
      return;
    }
    const keep = wait > 0 && keepWhileWaiting;
    if (!keep) this.#set('pending', this.value, undefined);
    if (wait > 0) {
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
        this.#timer = setTimeout(resolve, wait);
      });
      if (run !== this.#run) return;
      this.#wake = undefined;
      if (keep) this.#set('pending', this.value, undefined);
    }
    const abort = (this.#abort = new AbortController());
    try {
      const value = await task(args, abort.signal);
      if (run !== this.#run) return;
      if (cache) this.#remember(id, value, cache);
      onComplete?.(value, args);
      this.#set('complete', value, undefined);
    } catch (error) {
      if (run !== this.#run || abort.signal.aborted) return;
      onError?.(error, args);
      this.#set('error', this.value, error);
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  #remember(id: string, value: R, size: number): void {
    this.#cache.delete(id);
    this.#cache.set(id, value);
    if (this.#cache.size > size) this.#cache.delete(this.#cache.keys().next().value!);
  }

  #set(status: AsyncStatus, value: R | undefined, error: unknown): void {
    this.status = status;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }
}
