import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fixture, sleep, waitUntil } from '../../test/fixture.js';
import { normalizeLang, resolveLang } from './lang.js';
import { LocalizeController, defineMessages, loadTexts } from './localize.js';

const messages = defineMessages({
  nb: { hello: 'Hei', count: (n: string) => `${n} treff`, onlyNb: 'Bare bokmål' },
  nn: { hello: 'Hei på deg', count: (n: string) => `${n} treff` },
  en: { hello: 'Hello', count: (n: string) => `${n} results`, onlyNb: 'English too' },
  se: { hello: 'Bures' },
});

class LangProbe extends LitElement {
  readonly l10n = new LocalizeController(this, messages);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.l10n.t('hello')}</p>`;
  }
}
customElements.define('lang-probe', LangProbe);

/** A host that puts a probe inside its own shadow root, as a component composing another would. */
class ShadowHost extends LitElement {
  override render() {
    return html`<section><lang-probe></lang-probe></section>`;
  }
}
customElements.define('shadow-host', ShadowHost);

/** English and Northern Sámi come from loaders, as a component's other languages do; English is held back until released. */
let releaseEnglish!: () => void;
const englishHeld = new Promise<void>((resolve) => (releaseEnglish = resolve));
const lazyLoads: string[] = [];
const lazyMessages = defineMessages({
  nb: { hello: 'Hei' },
  nn: { hello: 'Hei på deg' },
  en: () => (lazyLoads.push('en'), englishHeld.then(() => ({ default: { hello: 'Hello' } }))),
  se: () => (lazyLoads.push('se'), Promise.resolve({ default: { hello: 'Bures' } })),
});

/** Nynorsk that cannot be downloaded (offline), counting the attempts. */
let nynorskAttempts = 0;
const offlineMessages = defineMessages({
  nb: { hello: 'Hei' },
  nn: () => (nynorskAttempts++, Promise.reject(new Error('offline'))),
  en: { hello: 'Hello' },
  se: {},
});

class OfflineProbe extends LitElement {
  readonly l10n = new LocalizeController(this, offlineMessages);
  updates = 0;
  override render() {
    this.updates++;
    return html`<p lang=${this.l10n.textLang}>${this.l10n.t('hello')}</p>`;
  }
}
customElements.define('offline-probe', OfflineProbe);

class LazyProbe extends LitElement {
  readonly l10n = new LocalizeController(this, lazyMessages);
  override render() {
    return html`<p lang=${this.l10n.textLang}>${this.l10n.t('hello')}</p>`;
  }
}
customElements.define('lazy-probe', LazyProbe);

const text = (probe: LangProbe | LazyProbe | OfflineProbe) => probe.shadowRoot!.querySelector('p')!.textContent;

/** Mutation observers report after the current task; wait for that, then for the re-render. */
async function afterLangChange(probe: LangProbe) {
  await new Promise((resolve) => setTimeout(resolve));
  await probe.updateComplete;
}

describe('language resolution', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.lang = 'en';
  });

  it('normalises the lang values pages use', () => {
    expect(normalizeLang('nb-NO')).toBe('nb');
    expect(normalizeLang('no')).toBe('nb');
    expect(normalizeLang('NN_no')).toBe('nn');
    expect(normalizeLang('en-GB')).toBe('en');
    expect(normalizeLang('sme')).toBe('se');
    expect(normalizeLang('de')).toBeUndefined();
    expect(normalizeLang('')).toBeUndefined();
  });

  it("prefers the element's own lang, then the nearest ancestor's, then <html lang>, then nb", async () => {
    document.documentElement.lang = 'en';
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`);
    expect(text(probe)).toBe('Hello');

    probe.parentElement!.setAttribute('lang', 'nn');
    await afterLangChange(probe);
    expect(text(probe)).toBe('Hei på deg');

    probe.setAttribute('lang', 'se');
    await afterLangChange(probe);
    expect(text(probe)).toBe('Bures');

    probe.removeAttribute('lang');
    probe.parentElement!.removeAttribute('lang');
    document.documentElement.removeAttribute('lang');
    await afterLangChange(probe);
    expect(probe.l10n.lang).toBe('nb');
    expect(text(probe)).toBe('Hei');
  });

  it('crosses shadow roots to find the language and follows live changes above them', async () => {
    const host = await fixture<ShadowHost>(html`<shadow-host></shadow-host>`, { lang: 'nn-NO' });
    const probe = host.shadowRoot!.querySelector<LangProbe>('lang-probe')!;
    await probe.updateComplete;
    expect(resolveLang(probe)).toBe('nn');
    expect(text(probe)).toBe('Hei på deg');

    host.parentElement!.setAttribute('lang', 'en');
    await afterLangChange(probe);
    expect(text(probe)).toBe('Hello');

    // A lang set inside the host's shadow root, between host and probe, wins over the page's.
    host.shadowRoot!.querySelector('section')!.setAttribute('lang', 'se');
    await afterLangChange(probe);
    expect(text(probe)).toBe('Bures');
  });

  it('does not re-render when an unrelated lang changes to the same language', async () => {
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`, { lang: 'en' });
    const before = probe.renders;
    probe.parentElement!.setAttribute('lang', 'en-US');
    await afterLangChange(probe);
    expect(probe.renders).toBe(before);
  });

  it('falls back to Bokmål for a missing key and warns once, naming the key', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const probe = await fixture<LangProbe>(html`<lang-probe lang="se"></lang-probe>`);
    expect(probe.l10n.t('onlyNb')).toBe('Bare bokmål');
    expect(probe.l10n.t('count', '3')).toBe('3 treff');
    probe.l10n.t('onlyNb');
    const calls = warn.mock.calls.map((args) => String(args[0]));
    expect(calls.filter((c) => c.includes('"onlyNb"'))).toHaveLength(1);
    expect(calls.some((c) => c.includes('"se"'))).toBe(true);
    warn.mockRestore();
  });

  it('loads a language given as a loader once, at the first update, showing Bokmål until it is in', async () => {
    const first = await fixture<LazyProbe>(html`<lazy-probe lang="en"></lazy-probe>`);
    const second = await fixture<LazyProbe>(html`<lazy-probe lang="en"></lazy-probe>`);
    expect(text(first)).toBe('Hei');
    expect(first.shadowRoot!.querySelector('p')!.lang).toBe('nb');
    releaseEnglish();
    await waitUntil(() => text(first) === 'Hello' && text(second) === 'Hello', 'English texts');
    expect(first.shadowRoot!.querySelector('p')!.lang).toBe('en');
    expect(lazyLoads).toEqual(['en']);
    // Preloaded (as for a server render): shown in Northern Sámi from the first render.
    await loadTexts(lazyMessages, 'se');
    const sami = await fixture<LazyProbe>(html`<lazy-probe lang="se"></lazy-probe>`);
    expect(text(sami)).toBe('Bures');
    expect(lazyLoads).toEqual(['en', 'se']);
  });

  it('stays in Bokmål when a language cannot be downloaded, without asking again at every update', async () => {
    const probe = await fixture<OfflineProbe>(html`<offline-probe lang="nn"></offline-probe>`);
    await sleep(50);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(text(probe)).toBe('Hei');
    expect(probe.shadowRoot!.querySelector('p')!.lang).toBe('nb');
    expect(nynorskAttempts).toBe(1);
    expect(probe.updates).toBeLessThanOrEqual(3);
    // Another element may try again later: a failed download is not kept.
    await loadTexts(offlineMessages, 'nn').catch(() => {});
    expect(nynorskAttempts).toBe(2);
  });

  it('formats numbers and dates with Intl in the resolved language', async () => {
    const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`, { lang: 'nb' });
    expect(probe.l10n.number(1234.5)).toBe(new Intl.NumberFormat('nb-NO').format(1234.5));
    expect(probe.l10n.number(1234.5)).toMatch(/1\s234,5/);
    const date = new Date(Date.UTC(2027, 0, 31, 12));
    expect(probe.l10n.date(date)).toBe('31. januar 2027');
    probe.setAttribute('lang', 'en');
    await afterLangChange(probe);
    expect(probe.l10n.date(date)).toBe('31 January 2027');
  });

  it('formats Nynorsk and Sámi dates and numbers in Bokmål when Intl has no data for them, never in the browser default', async () => {
    const date = new Date(Date.UTC(2027, 2, 2, 12));
    const original = Intl.DateTimeFormat.supportedLocalesOf;
    // This Chromium has no Nynorsk or Sámi data; simulate it where another build would have them.
    const spy = vi
      .spyOn(Intl.DateTimeFormat, 'supportedLocalesOf')
      .mockImplementation((locales, options) => original(locales, options).filter((tag) => !/^(nn|se)\b/.test(tag)));
    try {
      for (const lang of ['nn', 'se']) {
        const probe = await fixture<LangProbe>(html`<lang-probe></lang-probe>`, { lang });
        expect(probe.l10n.date(date)).toBe('2. mars 2027');
        expect(probe.l10n.date(date)).not.toMatch(/March/);
        expect(probe.l10n.number(1234.5)).toMatch(/1\s234,5/);
        expect(probe.l10n.formatLocale).toBe('nb-NO');
        cleanup();
      }
    } finally {
      spy.mockRestore();
    }
  });
});
