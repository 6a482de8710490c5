import { describe, expect, it } from 'vitest';
import { Untranslated } from '../i18n/dictionary.js';
import { attrs, html, httpUrl, jsonScript } from './html.js';

describe('html', () => {
  it('escapes every value that is not itself markup', () => {
    const name = `<img src=x onerror="alert('x')"> & co`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</p>',
    );
  });

  it('keeps nested templates and lists as markup, and renders nothing for false, null and undefined', () => {
    const items = ['<a>', 'b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${false}${null}${undefined}${0}`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>0');
  });

  it('marks Bokmål standing in for a text not written yet as Bokmål, where markup can, and escapes it', () => {
    const text = new Untranslated('Søk <her>') as unknown as string;
    expect(html`<p>${text}</p>`.value).toBe('<p><span lang="nb">Søk &lt;her&gt;</span></p>');
    expect(html`<nav aria-label="${text}"></nav>`.value).toBe('<nav aria-label="Søk &lt;her&gt;"></nav>');
    expect(html`<title>${text}</title><option value="a">${text}</option>`.value).toBe(
      '<title>Søk &lt;her&gt;</title><option value="a">Søk &lt;her&gt;</option>',
    );
    expect(attrs({ label: text }).value).toBe(' label="Søk &lt;her&gt;"');
  });

  it('writes JSON that no value can break out of', () => {
    const out = jsonScript('data', { text: '</script><script>alert(1)</script>', line: '\u2028' }).value;
    expect(out).not.toContain('</script><script>');
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(out.slice(out.indexOf('>') + 1, out.lastIndexOf('<')))).toEqual({ text: '</script><script>alert(1)</script>', line: '\u2028' });
  });

  it('writes attributes from a map, leaving out false and empty ones', () => {
    expect(attrs({ name: 'a"b', required: true, disabled: false, value: undefined, size: 3 }).value).toBe(' name="a&quot;b" required size="3"');
  });

  it('lets only http(s) URLs through to become links', () => {
    expect(httpUrl('https://example.no/personvern')).toBe('https://example.no/personvern');
    expect(httpUrl('HTTP://example.no/')).toBe('HTTP://example.no/');
    for (const url of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//example.no',
      '/privacy',
      'https:example.no',
      '',
      undefined,
    ]) {
      expect(httpUrl(url), String(url)).toBeUndefined();
    }
  });
});
