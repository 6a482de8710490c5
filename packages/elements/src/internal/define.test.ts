import { beforeAll, describe, expect, it, vi } from 'vitest';
import { define } from './define.js';
import { ensureColours } from './theme.js';

describe('define', () => {
  // The first registration on a page without a theme warns about the colours; that is not under test here.
  beforeAll(() => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    return ensureColours().finally(() => warn.mockRestore());
  });

  it('registers a tag once and warns, without throwing, when another class claims it', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    define('felles-define-probe', First);
    expect(() => define('felles-define-probe', Second)).not.toThrow();
    expect(customElements.get('felles-define-probe')).toBe(First);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('<felles-define-probe> is already registered');
    warn.mockRestore();
  });

  it('is silent when the same class is defined again', () => {
    class Same extends HTMLElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    define('felles-define-same', Same);
    define('felles-define-same', Same);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
