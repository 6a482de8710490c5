import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './respond.js';

describe('safeLocalPath', () => {
  it.each([
    ['/journey', '/journey'],
    ['/company?q=1', '/company?q=1'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['journey', '/'],
    [null, '/'],
    ['/a/../b', '/b'],
  ])('%s → %s', (input, expected) => {
    expect(safeLocalPath(input)).toBe(expected);
  });
});
