import { describe, expect, it } from 'vitest';
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
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//example.no', '/privacy', 'https:example.no', '', undefined]) {
      expect(httpUrl(url), String(url)).toBeUndefined();
    }
  });
});
