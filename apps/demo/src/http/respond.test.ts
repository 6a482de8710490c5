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
    // Each of these resolves to a path that starts with `//`, which a browser reads as another host.
    ['/..//evil.example/phish', '/'],
    ['/.//evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
    ['/../\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n//evil.example', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeLocalPath(input)).toBe(expected);
  });
});
