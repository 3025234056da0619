/**
 * A real headless browser for the tests that look at what a person sees: Debian's chromium,
 * driven by playwright-core (which downloads no browser of its own). `.ci/run` installs chromium
 * when it is missing; elsewhere set CHROMIUM_PATH or `apt-get install chromium`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('no Chromium found: apt-get install chromium (Debian), or set CHROMIUM_PATH');
  return found;
}

/** A headless Chromium; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
}
