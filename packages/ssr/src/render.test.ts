import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { consentRequest } from '../test/fixtures.js';
import { PROPERTIES_ATTRIBUTE, preloadTexts, propertiesScript, renderElement, renderToStream, renderToString, scriptJson } from './index.js';

const shadowRoots = (markup: string) => markup.match(/<template shadowroot="open" shadowrootmode="open"/g)?.length ?? 0;
/** The markup without Lit's hydration comments and the inlined styles, for reading assertions. */
const plain = (markup: string) =>
  markup
    .replace(/<!--.*?-->/gs, '')
    .replace(/<style>.*?<\/style>/gs, '')
    .replace(/<\?>/g, '');

describe('renderElement', () => {
  it('writes the address lookup as declarative shadow DOM plus a plain, named, labelled fallback field', async () => {
    const markup = await renderElement('felles-address-lookup', {
      attributes: { name: 'adresse', label: 'Adresse', required: true, value: 'Storgata 1', disabled: false, placeholder: null },
    });
    expect(shadowRoots(markup)).toBe(1);
    expect(markup).toContain('shadowrootdelegatesfocus');
    const text = plain(markup);
    expect(text).toMatch(/<felles-address-lookup\s+name="adresse" label="Adresse" required value="Storgata 1">/);
    expect(text).toContain('role="combobox"');
    expect(text).toContain(
      '<label>Adresse <input type="text" name="adresse" value="Storgata 1" autocomplete="street-address" required></label></felles-address-lookup>',
    );
    // Nothing to hand over: the element hydrates as soon as it is defined.
    expect(text).not.toContain('defer-hydration');
    expect(text).not.toContain(PROPERTIES_ATTRIBUTE);
  });

  it('escapes attribute values and the fallback, and takes children as given', async () => {
    const markup = await renderElement('felles-address-lookup', { attributes: { name: 'a"b', label: '<b>Adresse</b>' } });
    expect(markup).not.toContain('<b>Adresse</b>');
    expect(plain(markup)).toContain('<label>&lt;b&gt;Adresse&lt;/b&gt; <input type="text" name="a&quot;b"');
    const own = await renderElement('felles-address-lookup', { attributes: { name: 'adresse' }, children: '<p id="own">Egen</p>' });
    expect(plain(own)).toContain('<p id="own">Egen</p></felles-address-lookup>');
    expect(plain(own)).not.toContain('autocomplete="street-address"');
  });

  it('hands properties to the browser as script-safe JSON after a deferred element', async () => {
    const markup = await renderElement('felles-consent-dialog', { properties: { request: consentRequest } });
    const text = plain(markup);
    expect(text).toMatch(/^<felles-consent-dialog\s+defer-hydration\s*>/);
    // Rendered from the property on the server: who asks, and what.
    expect(text).toContain('Oslo kommune ber om samtykke');
    expect(text).toContain('Skatteattest');
    // The request's text is text: escaped in the HTML, and unable to close the JSON's script.
    expect(text).toContain('Du må laste opp skatteattesten selv. &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(markup.match(/<\/script>/g)).toHaveLength(1);
    const json = /<script type="application\/json" data-felles-properties>(.*?)<\/script>/s.exec(markup)![1]!;
    expect(JSON.parse(json)).toEqual({ request: consentRequest });
  });

  it("renders in the language of the element's own lang attribute", async () => {
    // The shadow DOM only: the JSON after it carries every language.
    const shadow = (markup: string) => plain(markup).split('<script')[0]!;
    const nb = shadow(await renderElement('felles-consent-dialog', { properties: { request: consentRequest } }));
    const en = shadow(await renderElement('felles-consent-dialog', { attributes: { lang: 'en' }, properties: { request: consentRequest } }));
    expect(nb).toContain('Oslo kommune ber om samtykke');
    expect(en).toContain('City of Oslo');
    expect(en).toContain('Tax certificate');
    expect(en).not.toContain('Skatteattest');
    // The element's own texts too, though it loads them on first use in the browser.
    expect(en).toContain('Give consent');
    expect(en).not.toContain('Gi samtykke');
    const stepper = shadow(await renderElement('felles-life-event-stepper', { attributes: { 'event-id': 'having-a-child', lang: 'nn' } }));
    expect(stepper).toContain('lang="nn"');
    expect(stepper).toContain('Skjul alle stega');
    // Read as the element reads it: `nno` is Nynorsk and `sme` Northern Sámi, on the server as in the browser.
    const nno = shadow(await renderElement('felles-consent-dialog', { attributes: { lang: 'nno' }, properties: { request: consentRequest } }));
    expect(nno).toContain('Ikkje gi samtykke');
    const sme = shadow(await renderElement('felles-consent-dialog', { attributes: { lang: 'sme' }, properties: { request: consentRequest } }));
    expect(sme).toContain('Oslo gielda');
    expect(sme).toContain('Atte miehtama');
  });

  it('refuses what is not a Felles element or not a name', async () => {
    await expect(renderElement('div')).rejects.toThrow(/not a Felles element/);
    await expect(renderElement('felles-nothing-here')).rejects.toThrow(/not a Felles element/);
    await expect(renderElement('felles-address-lookup', { attributes: { 'x onclick': 'alert(1)' } })).rejects.toThrow(/not an attribute name/);
    await expect(renderElement('felles-consent-dialog', { properties: { 'a-b': 1 } })).rejects.toThrow(/not a property name/);
  });
});

describe('renderToString, renderToStream and propertiesScript', () => {
  it('renders elements inside a Lit template, with their properties handed over', async () => {
    const markup = await renderToString(
      html`<section><felles-consent-dialog defer-hydration .request=${consentRequest}></felles-consent-dialog>${propertiesScript({ request: consentRequest })}</section>`,
    );
    expect(shadowRoots(markup)).toBe(1);
    expect(plain(markup)).toContain('Oslo kommune ber om samtykke');
    expect(markup).toContain(`<script type="application/json" ${PROPERTIES_ATTRIBUTE}>`);
  });

  it("writes the language of each element's lang attribute once its texts are preloaded", async () => {
    await preloadTexts(['en']);
    const markup = await renderToString(
      html`<felles-consent-dialog lang="en" .request=${consentRequest}></felles-consent-dialog><felles-consent-dialog .request=${consentRequest}></felles-consent-dialog>`,
    );
    expect(plain(markup).match(/Give consent/g)).toHaveLength(1);
    expect(plain(markup).match(/Gi samtykke/g)).toHaveLength(1);
  });

  it('streams the same HTML', async () => {
    const template = html`<felles-address-lookup name="adresse" label="Adresse"></felles-address-lookup>`;
    let streamed = '';
    for await (const chunk of renderToStream(template)) streamed += String(chunk);
    expect(streamed).toBe(await renderToString(template));
  });

  it('escapes <, U+2028 and U+2029 in JSON for a script', () => {
    expect(scriptJson({ a: '</script><!--\u2028\u2029' })).toBe('{"a":"\\u003c/script>\\u003c!--\\u2028\\u2029"}');
  });
});
