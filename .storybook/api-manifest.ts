/**
 * The custom elements manifest as the docs' API tables should see it. Storybook lists every member, so private and
 * protected ones (`#cache`, `phase`, `formValue` …) are taken out: they are not part of an element's API. It also
 * keys every row by name alone, so a CSS part or slot named like an attribute (`label`) replaced the attribute's row;
 * parts and slots are named the way a page writes them instead (`::part(label)`, `slot="label"`).
 */

interface Named {
  name: string;
  privacy?: string;
  [key: string]: unknown;
}

interface Declaration {
  tagName?: string;
  members?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const isPublic = (member: Named) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected';

function forDocs(declaration: Declaration): Declaration {
  if (!declaration.tagName) return declaration;
  return {
    ...declaration,
    members: declaration.members?.filter(isPublic),
    slots: declaration.slots?.map((slot) => (slot.name ? { ...slot, name: `slot="${slot.name}"` } : slot)),
    cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
  };
}

export function apiManifest<T extends Manifest>(manifest: T): T {
  return { ...manifest, modules: manifest.modules?.map((module) => ({ ...module, declarations: module.declarations?.map(forDocs) })) };
}
