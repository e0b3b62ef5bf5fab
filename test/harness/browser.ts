import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Screenshots and other artefacts of a test run (git-ignored). */
export const RESULTS_DIR = path.resolve('test-results');

/** Debian's Chromium (installed by .ci/run), headless, driven by playwright-core. */
export async function launchBrowser(): Promise<Browser> {
  await fs.mkdir(RESULTS_DIR, { recursive: true });
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}
