import { existsSync } from 'node:fs';

/** Where a Chromium is found, in the order a developer would expect to be asked. */
const candidates = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string | undefined {
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** Flags that keep Chromium quiet on a machine without internet access. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
