import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../test/fixture.js';
import { announce } from './announcer.js';
import { announcerRegion } from './live-region.js';

describe('announcer', () => {
  it('speaks through one shared polite live region, in the given language', async () => {
    announce('3 treff', { lang: 'nb-NO' });
    const region = announcerRegion('polite');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('role')).toBe('status');
    await waitUntil(() => region.textContent === '3 treff', 'announcement');
    expect(region.getAttribute('lang')).toBe('nb-NO');
    announce('Ingen treff');
    await waitUntil(() => region.textContent === 'Ingen treff', 'second announcement');
    expect(document.querySelectorAll('[data-felles-announcer="polite"]')).toHaveLength(1);
  });

  it('empties the region first, so a repeated message is announced again', async () => {
    const region = announcerRegion('assertive');
    announce('Feil', { politeness: 'assertive' });
    await waitUntil(() => region.textContent === 'Feil', 'first');
    announce('Feil', { politeness: 'assertive' });
    await waitUntil(() => region.textContent === '', 'emptied');
    await waitUntil(() => region.textContent === 'Feil', 'repeat');
  });

  it('keeps the region out of sight but not out of the accessibility tree', () => {
    const style = getComputedStyle(announcerRegion('polite'));
    expect(style.display).not.toBe('none');
    expect(style.visibility).not.toBe('hidden');
    expect(parseFloat(style.width)).toBeLessThanOrEqual(1);
  });
});
