/**
 * `npm test`: builds the site, runs the static checks (types, lint, format), the unit tests, then the browser tests against the build, and
 * ends with one plain line CI can read: `N passed, N failed` (plus `, N skipped` when any were).
 *
 * `node scripts/test.ts [--no-build]`; `SKIP_BUILD=1` also skips the build. Building every time
 * keeps the browser tests honest: they always see the current code and data.
 * The test globs and runner flags are read from package.json's `test:unit` and `test:e2e` scripts,
 * so those stay the one place that says which files are tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from '../tests/e2e/support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Counts from node's test runner, summed over runs. */
export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

/** The `node --test` flags and file globs of an npm script such as `test:unit`. */
export function testCommand(script: string): { flags: string[]; globs: string[] } {
  const tokens = [...script.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
  if (tokens[0] !== 'node' || tokens[1] !== '--test') throw new Error(`expected "node --test …", got: ${script}`);
  const rest = tokens.slice(2);
  const globs = rest.filter((token) => !token.startsWith('--'));
  if (globs.length === 0) throw new Error(`no test globs in: ${script}`);
  return { flags: rest.filter((token) => token.startsWith('--')), globs };
}

/** Reads the closing `# pass N` lines of a TAP report; null when the run never got that far. */
export function parseTapTotals(tap: string): Totals | null {
  const count = (name: string): number | null => {
    const matches = [...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))];
    const last = matches.at(-1);
    return last ? Number(last[1]) : null;
  };
  const passed = count('pass');
  const failed = count('fail');
  if (passed === null || failed === null) return null;
  return { passed, failed: failed + (count('cancelled') ?? 0), skipped: count('skipped') ?? 0 };
}

/** The line CI reads, e.g. `123 passed, 0 failed` or `120 passed, 1 failed, 2 skipped`. */
export function formatTotals(totals: Totals): string {
  const line = `${totals.passed} passed, ${totals.failed} failed`;
  return totals.skipped > 0 ? `${line}, ${totals.skipped} skipped` : line;
}

function add(a: Totals, b: Totals): Totals {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

const ONE_FAILURE: Totals = { passed: 0, failed: 1, skipped: 0 };

function heading(text: string): void {
  console.log(`\n── ${text} ${'─'.repeat(Math.max(0, 60 - text.length))}`);
}

function npmScript(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts[name];
  if (script === undefined) throw new Error(`package.json has no "${name}" script`);
  return script;
}

function build(): boolean {
  heading('npm run build');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status === 0) return true;
  console.error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`}): browser tests will not run`);
  return false;
}

/** Runs one npm test script's files, showing the spec reporter and counting from a TAP copy. */
function runTests(scriptName: string, env: NodeJS.ProcessEnv): Totals {
  heading(`npm run ${scriptName}`);
  const { flags, globs } = testCommand(npmScript(scriptName));
  const dir = mkdtempSync(join(tmpdir(), 'par-test-'));
  const tapFile = join(dir, 'report.tap');
  try {
    const reporters = [
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
    ];
    const result = spawnSync(process.execPath, ['--test', ...flags, ...reporters, ...globs], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const totals = parseTapTotals(readTextOrEmpty(tapFile));
    if (totals === null) {
      console.error(`${scriptName}: the test runner ended without a summary (${result.error?.message ?? `exit ${result.status}`})`);
      return ONE_FAILURE;
    }
    // A non-zero exit with no failed test means the runner itself broke; do not report green.
    if (result.status !== 0 && totals.failed === 0) return add(totals, ONE_FAILURE);
    return totals;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readTextOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Runs the static checks (`npm run typecheck`, `npm run lint`), each counted as one test: a type
 * error, a lint error or unformatted code fails the run like a failing test would.
 */
function staticChecks(): Totals {
  heading('static checks');
  let totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  for (const name of ['typecheck', 'lint']) {
    const result = spawnSync('npm', ['run', '--silent', name], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    const ok = result.status === 0;
    console.log(`${ok ? '✔' : '✖'} npm run ${name}`);
    totals = add(totals, ok ? { passed: 1, failed: 0, skipped: 0 } : ONE_FAILURE);
  }
  return totals;
}

/** Finds (or installs) Chromium once, so each spec file does not search again. */
function chromiumEnv(): NodeJS.ProcessEnv | null {
  heading('Chromium');
  try {
    const found = ensureChromium();
    console.log(`Using ${found.path} (${found.source})`);
    return { ...process.env, CHROMIUM_PATH: found.path };
  } catch (error) {
    console.error((error as Error).message);
    return null;
  }
}

/** Runs `step`, remembering how long it took for the closing timings line. */
function timed<T>(timings: string[], name: string, step: () => T): T {
  const started = performance.now();
  try {
    return step();
  } finally {
    timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

function main(): void {
  const timings: string[] = [];
  const skipBuild = process.argv.includes('--no-build') || process.env.SKIP_BUILD === '1';
  const built = skipBuild || timed(timings, 'build', build);
  let totals: Totals = built ? { passed: 0, failed: 0, skipped: 0 } : ONE_FAILURE;
  totals = add(totals, timed(timings, 'checks', staticChecks));
  totals = add(
    totals,
    timed(timings, 'unit', () => runTests('test:unit', process.env)),
  );
  const env = built ? timed(timings, 'chromium', chromiumEnv) : null;
  if (built && env === null) totals = add(totals, ONE_FAILURE);
  if (env !== null)
    totals = add(
      totals,
      timed(timings, 'e2e', () => runTests('test:e2e', env)),
    );
  console.log(`\nTimings: ${timings.join(', ')}`);
  console.log(formatTotals(totals));
  process.exitCode = totals.failed > 0 ? 1 : 0;
}

if (import.meta.main) main();
