import axe from 'axe-core';

/** WCAG 2.1 A/AA, plus best practices a public service should meet. */
const RUN_OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // A component is tested alone, not as a whole page with landmarks and a main heading.
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    'page-has-heading-one': { enabled: false },
  },
};

/** Runs axe-core over `context` (shadow roots included) and returns the violations. */
export async function axeViolations(context: axe.ElementContext = document): Promise<axe.Result[]> {
  const results = await axe.run(context, RUN_OPTIONS);
  return results.violations;
}

/** A readable summary, so a failing test says which rule failed where. */
export function describeViolations(violations: axe.Result[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

/** Fails with the list of violations when there are any. */
export async function expectAccessible(context: axe.ElementContext = document): Promise<void> {
  const violations = await axeViolations(context);
  if (violations.length > 0) throw new Error(`axe found ${violations.length} violation(s):\n${describeViolations(violations)}`);
}
