import { loadLifeEvent } from '@felles/life-events';
import { describe, expect, it } from 'vitest';
import { consentRequest } from '../test/fixtures.js';
import { renderElement, type RenderElementOptions } from './index.js';

/**
 * What a server render costs per element, warm (after the first render of each has loaded its
 * modules): the median of 25 renders. The bound is loose for a busy 2-core machine; the figures are
 * printed for the record.
 */
const RUNS = 25;

async function median(tag: string, options: RenderElementOptions): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < 3; i++) bytes = (await renderElement(tag, options)).length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await renderElement(tag, options);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)]!, bytes };
}

describe('server render time per element', () => {
  it('renders each element in a few milliseconds', async () => {
    const event = await loadLifeEvent('start-business');
    const cases: [string, RenderElementOptions][] = [
      ['felles-address-lookup', { attributes: { name: 'adresse', label: 'Adresse', required: true } }],
      ['felles-id-login-button', { attributes: { href: '/login', level: 'high' } }],
      ['felles-consent-dialog', { properties: { request: consentRequest } }],
      ['felles-consent-list', { properties: { requests: [{ ...consentRequest, status: 'accepted' }] } }],
      ['felles-life-event-stepper', { attributes: { 'event-id': 'start-business' }, properties: { event } }],
    ];
    const rows: string[] = [];
    for (const [tag, options] of cases) {
      const { ms, bytes } = await median(tag, options);
      rows.push(`${tag.padEnd(28)} ${ms.toFixed(2).padStart(6)} ms  ${(bytes / 1024).toFixed(1).padStart(5)} kB of HTML`);
      expect(ms, tag).toBeLessThan(tag === 'felles-life-event-stepper' ? 40 : 15);
      expect(bytes, tag).toBeGreaterThan(1000);
    }
    console.log(`SSR render time, median of ${RUNS} warm renders:\n${rows.join('\n')}`);
  }, 60_000);
});
