import { existsSync } from 'node:fs';

/** Where a Chromium is looked for, in order: what the developer set, Debian's package, other usual places. */
const candidates = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  // Debian's /usr/bin/chromium is a shell wrapper; the binary behind it starts faster and prints nothing odd.
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {string | undefined} the first Chromium that exists on this machine */
export function findChromium() {
  return candidates.find((path) => Boolean(path) && existsSync(/** @type {string} */ (path)));
}

/** How to get a Chromium, for the message shown when there is none. */
export const chromiumHelp = `No Chromium was found for the browser tests.
Install Debian's:   sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-liberation
or point to one:    CHROMIUM_PATH=/path/to/chrome npm test
(looked in: CHROMIUM_PATH, CHROME_PATH, ${candidates.slice(2).join(', ')})`;

/** Flags that keep Chromium quiet and fast on a machine without internet access. */
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
