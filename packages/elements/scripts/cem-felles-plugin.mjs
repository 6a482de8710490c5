/**
 * Analyzer plugins for how Felles registers and dispatches.
 *
 * - Tags are registered with our `define('felles-x', FellesX)` (it warns instead of throwing on a
 *   second copy), not `customElements.define`, so the analyzer does not see them by itself. Without
 *   this plugin no class has a `tagName`: Storybook's docs cannot find the element, and the React
 *   wrappers and JSX types have no tag to generate for.
 * - `this.dispatchEvent(new FellesXEvent(detail))` makes the analyzer invent an event named after the
 *   constructor's first argument (`address`, `source`) or with no name at all. The documented
 *   `@fires` entry of the same class is the real one; the invented copies are dropped.
 */
import { dirname, join, posix } from 'node:path';

/** `src/a/define.ts` + `./a.js` -> `src/a/a.ts` */
function moduleOf(fromPath, specifier) {
  return posix.normalize(join(dirname(fromPath), specifier)).replace(/\.js$/, '.ts');
}

export function fellesDefinePlugin() {
  return {
    name: 'felles-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'define') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass) || !tag.text.startsWith('felles-')) return;
      // Where the class comes from: an import of this file, or the file itself.
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === klass.text)) {
          module = moduleOf(moduleDoc.path, statement.moduleSpecifier.text);
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

export function fellesEventsPlugin() {
  return {
    name: 'felles-events-cleanup',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const documented = new Set(declaration.events.filter((e) => e.name && e.description).map((e) => e.type?.text));
          declaration.events = declaration.events.filter((e) => e.name && (e.description || !documented.has(e.type?.text)));
        }
      }
    },
  };
}

/**
 * Private reactive state (`{ state: true }` in `static properties`) is no attribute: the analyzer does
 * not know `state: true` and lists it as one, which would put it in the docs tables and the wrappers.
 * Lit's and the platform's configuration (`static properties`, `shadowRootOptions`, `formAssociated`),
 * the form callbacks the browser calls, and private and protected members are no part of an element's
 * API either.
 */
const notApi = new Set([
  'properties',
  'styles',
  'shadowRootOptions',
  'formAssociated',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
]);

export function fellesStatePlugin() {
  return {
    name: 'felles-private-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.kind === 'field' && m.privacy && m.privacy !== 'public').map((m) => m.name),
          );
          // Private and protected members (an element's controllers, the hooks of FormControlMixin and
          // LookupField) are how it is built, not what a page can use.
          if (declaration.members)
            declaration.members = declaration.members.filter((m) => !notApi.has(m.name) && (m.privacy ?? 'public') === 'public');
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}
