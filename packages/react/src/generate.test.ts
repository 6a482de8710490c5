import manifest from '@felles/elements/custom-elements.json';
import { describe, expect, it } from 'vitest';
import { generateWrappers } from '../scripts/wrappers.mjs';
import * as generated from './index.js';

type Declaration = {
  kind?: string;
  name?: string;
  customElement?: boolean;
  tagName?: string;
  events?: { name?: string; description?: string; type?: { text: string } }[];
};
/** The few fields the generator reads, loose enough to change in a test. */
type Manifest = { modules: { kind?: string; path: string; declarations?: Declaration[]; exports?: { name: string }[] }[] };

const clone = () => structuredClone(manifest) as unknown as Manifest;
const lookupOf = (m: Manifest) => m.modules.flatMap((mod) => mod.declarations ?? []).find((d) => d.tagName === 'felles-address-lookup')!;

describe('wrapper generation from custom-elements.json', () => {
  it('writes one wrapper per tagged element and maps every documented event', () => {
    const { elements, files } = generateWrappers(manifest);
    const tags = (manifest as unknown as Manifest).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements.map((e) => e.tag)).toEqual(tags.map((d) => d.tagName).sort());
    expect(Object.keys(files).sort()).toEqual([...elements.map((e) => `${e.folder}.ts`), 'index.ts'].sort());
    for (const d of tags) {
      const element = elements.find((e) => e.tag === d.tagName)!;
      const fellesEvents = (d.events ?? []).map((e) => e.name).filter((n): n is string => !!n?.startsWith('felles-'));
      expect(fellesEvents.length, `<${d.tagName}> fires felles-* events`).toBeGreaterThan(0);
      for (const name of fellesEvents) expect(files[`${element.folder}.ts`]).toContain(`: '${name}' as EventName<`);
    }
    // The form control also maps the native events a React form listens to.
    expect(files['address-lookup.ts']).toContain(`onChange: 'change' as EventName<Event>`);
    expect(files['address-lookup.ts']).toContain(`onInput: 'input' as EventName<Event>`);
    expect(files['address-lookup.ts']).toContain("onFellesAddressSelect: 'felles-address-select' as EventName<FellesAddressSelectEvent>");
  });

  it('the wrappers the tests import are those of the current manifest', () => {
    const { elements } = generateWrappers(manifest);
    expect(Object.keys(generated).sort()).toEqual(elements.map((e) => e.component).sort());
  });

  it('a changed element API changes the wrappers: a new event, a removed event, a new element', () => {
    const before = generateWrappers(manifest).files;

    const added = clone();
    lookupOf(added).events!.push({ name: 'felles-address-clear', description: 'The field was cleared.', type: { text: 'Event' } });
    const withEvent = generateWrappers(added).files;
    expect(withEvent['address-lookup.ts']).not.toBe(before['address-lookup.ts']);
    expect(withEvent['address-lookup.ts']).toContain(`onFellesAddressClear: 'felles-address-clear' as EventName<Event>`);
    expect(withEvent['consent-dialog.ts']).toBe(before['consent-dialog.ts']);

    const removed = clone();
    lookupOf(removed).events = lookupOf(removed).events!.filter((e) => e.name !== 'felles-address-select');
    expect(generateWrappers(removed).files['address-lookup.ts']).not.toContain('onFellesAddressSelect');

    const another = clone();
    another.modules.push({
      kind: 'javascript-module',
      path: 'src/postal-code/postal-code.ts',
      declarations: [{ kind: 'class', name: 'FellesPostalCode', tagName: 'felles-postal-code', customElement: true, events: [] }],
      exports: [],
    } as Manifest['modules'][number]);
    const files = generateWrappers(another).files;
    expect(files['postal-code.ts']).toContain(`tagName: 'felles-postal-code'`);
    expect(files['index.ts']).toContain(`export { PostalCode, type PostalCodeProps } from './postal-code.js';`);
  });

  it('types an event by its class only when the entry point exports that class', () => {
    const hidden = clone();
    const index = hidden.modules.find((m) => m.path === 'src/address-lookup/index.ts')!;
    index.exports = index.exports!.filter((e) => e.name !== 'FellesAddressSelectEvent');
    expect(generateWrappers(hidden).files['address-lookup.ts']).toContain(`onFellesAddressSelect: 'felles-address-select' as EventName<Event>`);
  });
});
