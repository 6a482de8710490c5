import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, sleep, waitUntil } from '../../test/fixture.js';
import { AsyncController, type AsyncOptions } from './async-controller.js';

/** One call of the work: its arguments, its signal, and handles to answer it when the test says so. */
interface Call {
  args: unknown[];
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

class AsyncProbe extends LitElement {
  calls: Call[] = [];
  renders: string[] = [];
  completed: string[] = [];
  errors: unknown[] = [];
  options: Partial<AsyncOptions<[string], string>> = {};
  load!: AsyncController<[string], string>;

  override connectedCallback(): void {
    this.load ??= new AsyncController(this, {
      task: (args, signal) => new Promise<string>((resolve, reject) => this.calls.push({ args, signal, resolve, reject })),
      onComplete: (value) => this.completed.push(value),
      onError: (error) => this.errors.push(error),
      ...this.options,
    });
    super.connectedCallback();
  }

  protected override render() {
    const { status, value } = this.load;
    this.renders.push(`${status}:${value ?? ''}`);
    return html`<p>${status}:${value ?? ''}</p>`;
  }
}
customElements.define('felles-async-probe', AsyncProbe);

async function probe(options: Partial<AsyncOptions<[string], string>> = {}): Promise<AsyncProbe> {
  const element = document.createElement('felles-async-probe') as AsyncProbe;
  element.options = options;
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.append(element);
  await element.updateComplete;
  return element;
}
const shown = (element: AsyncProbe) => element.shadowRoot!.querySelector('p')!.textContent;
const tick = () => sleep(0);

afterEach(cleanup);

describe('AsyncController', () => {
  it('starts idle, shows pending while the work runs, then the answer', async () => {
    const element = await probe();
    expect(shown(element)).toBe('idle:');
    const done = element.load.run('oslo');
    await element.updateComplete;
    expect(shown(element)).toBe('pending:');
    expect(element.calls.map((call) => call.args)).toEqual([['oslo']]);
    element.calls[0]!.resolve('Oslo');
    await done;
    await element.updateComplete;
    expect(shown(element)).toBe('complete:Oslo');
    expect(element.completed).toEqual(['Oslo']);
  });

  it('never applies a stale answer: A then B, A answering last, leaves B', async () => {
    const element = await probe();
    const a = element.load.run('a');
    await tick();
    const b = element.load.run('b');
    await tick();
    const [callA, callB] = element.calls;
    expect(callA!.signal.aborted).toBe(true);
    expect(callB!.signal.aborted).toBe(false);
    callB!.resolve('B');
    await b;
    callA!.resolve('A');
    await a;
    await element.updateComplete;
    expect(shown(element)).toBe('complete:B');
    expect(element.completed).toEqual(['B']);
    expect(element.renders).not.toContain('complete:A');
  });

  it('drops the error of a superseded run, and reports the error of the latest', async () => {
    const element = await probe();
    const a = element.load.run('a');
    const b = element.load.run('b');
    await tick();
    element.calls[0]!.reject(new Error('late failure of a'));
    await a;
    expect(element.load.status).toBe('pending');
    element.calls[1]!.reject(new Error('b failed'));
    await b;
    await element.updateComplete;
    expect(shown(element)).toBe('error:');
    expect((element.load.error as Error).message).toBe('b failed');
    expect(element.errors).toHaveLength(1);
  });

  it('debounces run(): only the last of a burst starts the work; runNow() does not wait', async () => {
    const element = await probe({ debounce: 40 });
    const runs = [element.load.run('o'), element.load.run('os'), element.load.run('osl')];
    await sleep(20);
    expect(element.calls).toHaveLength(0);
    expect(element.load.status).toBe('pending');
    await waitUntil(() => element.calls.length === 1, 'the debounced call');
    expect(element.calls[0]!.args).toEqual(['osl']);
    element.calls[0]!.resolve('Oslo');
    // The superseded runs resolve too, so nobody waits forever on them.
    await Promise.all(runs);
    void element.load.runNow('bergen');
    expect(element.calls).toHaveLength(2);
  });

  it('debounce may be a function, read at every run; 0 starts the work at once, with no timer', async () => {
    let debounce = 40;
    const element = await probe({ debounce: () => debounce });
    void element.load.run('o');
    expect(element.calls).toHaveLength(0);
    debounce = 0;
    void element.load.run('os');
    expect(element.calls.map((call) => call.args)).toEqual([['os']]);
  });

  it('keepWhileWaiting: what is shown stays while run() waits out the debounce, then pending', async () => {
    const element = await probe({ debounce: 40, keepWhileWaiting: true });
    const first = element.load.runNow('o');
    element.calls[0]!.resolve('O');
    await first;
    void element.load.run('os');
    await element.updateComplete;
    expect(shown(element)).toBe('complete:O');
    await waitUntil(() => element.calls.length === 2, 'the debounced call');
    await element.updateComplete;
    expect(shown(element)).toBe('pending:O');
    element.calls[1]!.resolve('Os');
    await waitUntil(() => element.load.status === 'complete', 'the answer');
    expect(element.load.value).toBe('Os');
  });

  it('keepWhileWaiting: a run still waiting when the host leaves the page starts when it comes back', async () => {
    const element = await probe({ debounce: 40, keepWhileWaiting: true });
    void element.load.run('a');
    const container = element.parentElement!;
    element.remove();
    await sleep(60);
    expect(element.calls).toHaveLength(0);
    container.append(element);
    expect(element.calls.map((call) => call.args)).toEqual([['a']]);
  });

  it('keeps a small LRU cache: a cached answer comes back at once, the least recently used leaves first', async () => {
    const element = await probe({ cache: 2 });
    for (const name of ['a', 'b']) {
      const done = element.load.run(name);
      element.calls.at(-1)!.resolve(name.toUpperCase());
      await done;
    }
    // Uses a, so b is now the least recently used.
    await element.load.run('a');
    expect(element.calls).toHaveLength(2);
    expect(element.load.value).toBe('A');
    const c = element.load.run('c');
    element.calls.at(-1)!.resolve('C');
    await c;
    void element.load.run('b');
    expect(element.calls).toHaveLength(4);
    expect(element.load.status).toBe('pending');
    void element.load.run('a');
    expect(element.calls).toHaveLength(4);
    expect(element.load.status).toBe('complete');
    expect(element.load.value).toBe('A');
  });

  it('clear() forgets the cached answers: the next run asks again', async () => {
    const element = await probe({ cache: 5 });
    const first = element.load.run('a');
    element.calls[0]!.resolve('A');
    await first;
    element.load.clear();
    expect(element.load.value).toBe('A');
    void element.load.run('a');
    expect(element.calls).toHaveLength(2);
  });

  it('does not cache failures', async () => {
    const element = await probe({ cache: 5 });
    const first = element.load.run('a');
    element.calls[0]!.reject(new Error('down'));
    await first;
    void element.load.run('a');
    expect(element.calls).toHaveLength(2);
  });

  it('cancel() aborts the run, goes back to idle and drops its answer', async () => {
    const element = await probe();
    const done = element.load.run('a');
    await tick();
    element.load.cancel();
    expect(element.calls[0]!.signal.aborted).toBe(true);
    element.calls[0]!.resolve('A');
    await done;
    await element.updateComplete;
    expect(shown(element)).toBe('idle:');
    expect(element.completed).toEqual([]);
  });

  it('an aborted run that rejects with the abort is not an error', async () => {
    const element = await probe();
    const a = element.load.run('a');
    await tick();
    element.calls[0]!.signal.addEventListener('abort', () => element.calls[0]!.reject(new DOMException('aborted', 'AbortError')));
    void element.load.run('b');
    await a;
    expect(element.errors).toEqual([]);
    expect(element.load.status).toBe('pending');
  });

  it('stops a pending run when the host leaves the page, and runs it again when it comes back', async () => {
    const element = await probe();
    void element.load.run('a');
    await tick();
    const container = element.parentElement!;
    element.remove();
    expect(element.calls[0]!.signal.aborted).toBe(true);
    element.calls[0]!.resolve('A');
    await tick();
    expect(element.completed).toEqual([]);
    container.append(element);
    expect(element.calls).toHaveLength(2);
    expect(element.calls[1]!.args).toEqual(['a']);
    element.calls[1]!.resolve('A again');
    await waitUntil(() => element.load.status === 'complete', 'the answer');
    expect(element.load.value).toBe('A again');
  });
});
