/** Debian's Chromium, driven by playwright-core: the one browser the tests use, never downloaded. */
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium`). */
const CHROMIUM = '/usr/bin/chromium';

/** Starts headless Chromium without network side trips. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
