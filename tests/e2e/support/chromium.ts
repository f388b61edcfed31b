/**
 * Finds a Chromium the browser tests can drive, installing one when none is found.
 *
 * Playwright's own download host is not reachable everywhere, so any usable Chromium will do, in
 * this order: `CHROMIUM_PATH`, Playwright's installed browser, the system's `/usr/bin/chromium`.
 * When none exists: Debian's `chromium` package if running as root on Debian, else
 * `playwright-core install chromium`. Set `CHROMIUM_INSTALL=0` to forbid installing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for a quiet, hermetic headless run: no sandbox (containers and root have none), and none of
 * Chromium's own background traffic (updates, sync, QUIC probes) to muddy the zero-external-requests check.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const HOW_TO = [
  'No Chromium found for the browser tests. Any one of these fixes it:',
  '  • point CHROMIUM_PATH at a Chromium or Chrome binary,',
  '  • on Debian/Ubuntu: sudo apt-get install chromium,',
  '  • or let Playwright download one: npx playwright-core install --no-shell chromium',
].join('\n');

/** Where a usable Chromium was found, and how. */
export interface FoundChromium {
  path: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

/** The first usable Chromium, or null. Throws if `CHROMIUM_PATH` names a missing file. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} — no such file`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  const playwright = playwrightExecutable();
  if (playwright !== null && existsSync(playwright)) return { path: playwright, source: 'playwright' };
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  return system === undefined ? null : { path: system, source: 'system' };
}

function playwrightExecutable(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * A usable Chromium, installing one first if none is found.
 * Throws with instructions when none can be found or installed.
 */
export function ensureChromium(env: NodeJS.ProcessEnv = process.env): FoundChromium {
  const found = findChromium(env);
  if (found !== null) return found;
  if (env.CHROMIUM_INSTALL === '0') throw new Error(`${HOW_TO}\n(CHROMIUM_INSTALL=0 forbids installing one.)`);
  if (isRootOnDebian()) installWithApt();
  const afterApt = findChromium(env);
  if (afterApt !== null) return afterApt;
  installWithPlaywright();
  const afterPlaywright = findChromium(env);
  if (afterPlaywright !== null) return afterPlaywright;
  throw new Error(HOW_TO);
}

function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version');
}

function installWithApt(): void {
  console.error('Installing Chromium with apt-get (Debian package "chromium")…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['-qq', 'update'], env);
  run('apt-get', ['-y', '-qq', '--no-install-recommends', 'install', 'chromium', 'fonts-dejavu-core'], env);
}

function installWithPlaywright(): void {
  console.error('Installing Chromium with Playwright…');
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
  run(process.execPath, [cli, 'install', '--no-shell', 'chromium'], process.env);
}

/** Runs an installer with no stdin (nothing may prompt) and its output on stderr; failure is reported by the caller. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { env, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) console.error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

/** Launches headless Chromium with {@link BROWSER_ARGS}, finding or installing it first. */
export async function launchBrowser(): Promise<Browser> {
  const { path } = ensureChromium();
  return chromium.launch({ executablePath: path, args: BROWSER_ARGS, headless: true });
}
