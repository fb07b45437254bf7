import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Chromium is: Debian's package, or CHROMIUM_PATH. */
export const chromiumPath = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  process.env.CHROMIUM_PATH,
].find((p): p is string => !!p && existsSync(p));

/** Chromium, headless, with every background connection off (PDF printing, tests, benches). */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath)
    throw new Error(
      'Chromium niet gevonden: installeer het (apt-get install -y chromium) of zet CHROMIUM_PATH.',
    );
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
