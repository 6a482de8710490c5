import { describe, expect, it } from 'vitest';
import { levelOf, satisfiesLevel, toAcr } from './acr.js';

describe('levels of assurance', () => {
  it.each([
    ['idporten-loa-high', 'substantial', true],
    ['idporten-loa-high', 'high', true],
    ['idporten-loa-substantial', 'substantial', true],
    ['idporten-loa-substantial', 'high', false],
    ['idporten-loa-substantial', 'Level4', false],
    ['Level4', 'idporten-loa-substantial', true],
    ['Level3', 'Level4', false],
    ['idporten-loa-low', 'substantial', false],
    [undefined, 'substantial', false],
    ['eidas-loa-high', 'substantial', false],
  ] as const)('%s satisfies %s: %s', (actual, required, expected) => {
    expect(satisfiesLevel(actual, required)).toBe(expected);
  });

  it('maps old names and short forms to acr values', () => {
    expect(toAcr('Level3')).toBe('idporten-loa-substantial');
    expect(toAcr('Level4')).toBe('idporten-loa-high');
    expect(toAcr('high')).toBe('idporten-loa-high');
    expect(levelOf('idporten-loa-substantial')).toBe('substantial');
    expect(() => toAcr('low' as never)).toThrow(TypeError);
  });
});
