// Finding and launching Debian's Chromium for the browser tests and the screenshot script. Never a
// downloaded browser: playwright-core drives the system one.
import { existsSync } from "node:fs";

import { type Browser, chromium } from "playwright-core";

export const DEFAULT_CHROME_PATH = "/usr/bin/chromium";
export const CHROME_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
export const INSTALL_HINT =
  "install it with `sudo apt-get install -y chromium` or set CHROME_PATH to a Chromium binary";

/** The Chromium binary to use, or null: $CHROME_PATH if set, else /usr/bin/chromium. */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = env.CHROME_PATH || DEFAULT_CHROME_PATH;
  return existsSync(candidate) ? candidate : null;
}

export function launchChrome(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
}
