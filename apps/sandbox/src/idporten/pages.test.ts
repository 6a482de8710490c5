import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../index.js';
import { documentLang, pageLangs, pageMessages, textLang } from './messages.js';
import { loginPage, messagePage } from './pages.js';
import { startIdportenSandbox } from './testing/fixtures.js';

const input = { action: '/a', abortAction: '/b', selfPath: '/c', clientName: 'Testtjenesten', minimumLevel: 'high' as const };

describe('the languages of the login pages', () => {
  it('serves a language with every text in that language, nothing marked', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const html = loginPage({ ...input, lang });
      expect(documentLang(lang)).toBe(lang);
      expect(html).toContain(`<html lang="${lang}">`);
      // Only the language links name their own language.
      expect(html.match(/ lang="/g)).toHaveLength(1 + pageLangs.length);
    }
  });

  it('serves Sámi, which lacks most texts, as a Bokmål page with its Sámi texts marked', () => {
    const html = loginPage({ ...input, lang: 'se' });
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<button type="submit"><span lang="se">Čálit sisa</span></button>');
    expect(html).toContain('<nav aria-label="Giella" lang="se">');
    expect(html).toContain(`<h1>${pageMessages.nb.heading}</h1>`);
    expect(html.match(/<span lang="se">/g)).toHaveLength(1);
    expect(textLang('se', 'submit')).toBe('se');
    expect(textLang('se', 'heading')).toBe('nb');
  });

  it('has the error texts in every language', () => {
    expect(messagePage('nn', pageMessages.nn.errorHeading, pageMessages.nn.chooseAgain)).toContain(
      '<p>Vel ein testperson og eit tryggleiksnivå.</p>',
    );
    expect(new Set(pageLangs.map((lang) => pageMessages[lang].expired)).size).toBe(3);
    expect(messagePage('se', pageMessages.se.errorHeading, pageMessages.se.expired)).toContain('<html lang="nb">');
  });
});

describe('an expired login', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startIdportenSandbox();
  });
  afterAll(() => sandbox.close());

  it('is explained in the language asked for', async () => {
    const res = await fetch(`${sandbox.origin}/idporten/interaction/unknown?lang=nn`);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain(pageMessages.nn.expired);
  });
});
