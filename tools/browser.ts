import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, findChromium } from './chromium.mjs';

/** Vitest browser mode in Debian's Chromium, shared by every browser project. */
export const browser = {
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  }),
  instances: [{ browser: 'chromium' as const }],
};
