/** ID-porten's levels of assurance, in the short form services speak of. */
export type IdportenLevel = 'substantial' | 'high';

/** The `acr` values ID-porten sends and accepts. */
export type IdportenAcr = 'idporten-loa-substantial' | 'idporten-loa-high';

/**
 * What a caller may pass as a level: the short form, the `acr` value, or the
 * older names `Level3` (substantial) and `Level4` (high) still found in
 * older integrations.
 */
export type IdportenLevelInput = IdportenLevel | IdportenAcr | 'Level3' | 'Level4';

const levelByName: Record<string, IdportenLevel> = {
  substantial: 'substantial',
  high: 'high',
  'idporten-loa-substantial': 'substantial',
  'idporten-loa-high': 'high',
  Level3: 'substantial',
  Level4: 'high',
};

const rank: Record<IdportenLevel, number> = { substantial: 3, high: 4 };

/** The level a name stands for, or `undefined` for anything ID-porten does not issue. */
export function levelOf(value: string | undefined): IdportenLevel | undefined {
  return value === undefined ? undefined : levelByName[value];
}

/** The `acr` value for a level, as sent in `acr_values`. */
export function toAcr(level: IdportenLevelInput): IdportenAcr {
  const known = levelOf(level);
  if (!known) throw new TypeError(`Unknown ID-porten level: ${String(level)}`);
  return `idporten-loa-${known}`;
}

/**
 * Whether a login at `actual` satisfies a requirement of `required`: a higher
 * level satisfies a lower requirement (high is fine when substantial was asked
 * for), never the reverse. Unknown values never satisfy anything.
 */
export function satisfiesLevel(actual: string | undefined, required: IdportenLevelInput): boolean {
  const have = levelOf(actual);
  const need = levelOf(required);
  if (!have || !need) return false;
  return rank[have] >= rank[need];
}
