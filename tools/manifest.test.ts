import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  description?: string;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string; description?: string }[];
  slots?: unknown[];
  cssParts?: unknown[];
  events?: { name?: string; description?: string }[];
}

const manifest = JSON.parse(readFileSync(new URL('../packages/elements/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const element = (tag: string) => elements.find((d) => d.tagName === tag)!;
const publicMembers = (d: Declaration) => (d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');

// The manifest feeds Storybook's docs tables, editor hints, the React wrappers and the JSX types.
describe('custom-elements.json', () => {
  it('has every element, each with a documented public API', () => {
    expect(elements.map((d) => d.tagName).sort()).toEqual([
      'felles-address-lookup',
      'felles-consent-dialog',
      'felles-consent-list',
      'felles-id-login-button',
      'felles-life-event-stepper',
      'felles-organisation-lookup',
    ]);
    for (const d of elements) {
      const undocumented = [...publicMembers(d), ...(d.attributes ?? []), ...(d.events ?? [])].filter((x) => !x.description).map((x) => x.name);
      expect(undocumented, d.tagName).toEqual([]);
    }
  });

  it('lists no private state, and no Lit or platform configuration, as API', () => {
    for (const d of elements) {
      // Private and protected members (controllers, the form control's hooks) are no API, and neither is state.
      expect(
        (d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
        d.tagName,
      ).toEqual([]);
      const fields = new Set(publicMembers(d).map((m) => m.name));
      expect(
        (d.attributes ?? []).filter((a) => a.fieldName && !fields.has(a.fieldName)).map((a) => a.name),
        d.tagName,
      ).toEqual([]);
      expect(
        publicMembers(d).map((m) => m.name),
        d.tagName,
      ).not.toEqual(expect.arrayContaining(['properties']));
      expect(
        publicMembers(d).map((m) => m.name),
        d.tagName,
      ).not.toContain('shadowRootOptions');
    }
    expect(element('felles-life-event-stepper').attributes!.map((a) => a.name)).toEqual(['event-id', 'progress', 'current-step', 'heading-level']);
  });

  it("includes the form control's inherited attributes and methods", () => {
    for (const lookup of [element('felles-address-lookup'), element('felles-organisation-lookup')]) {
      expect(lookup.attributes!.map((a) => a.name)).toEqual(expect.arrayContaining(['name', 'disabled', 'required']));
      expect(publicMembers(lookup).map((m) => m.name)).toEqual(
        expect.arrayContaining(['form', 'validity', 'checkValidity', 'reportValidity', 'setCustomValidity']),
      );
    }
    expect(element('felles-organisation-lookup').attributes!.map((a) => a.name)).toEqual(
      expect.arrayContaining(['label', 'hint', 'endpoint', 'min-chars', 'debounce', 'max-results']),
    );
  });
});
