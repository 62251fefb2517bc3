#!/usr/bin/env node
// `npm test`: lint and knip, then every suite (unit, integration on Anvil, end-to-end in Chromium, the Firefox smoke), on a fresh clone too.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts }).status ?? 1;

const lock = `${root}package-lock.json`;
const marker = `${root}node_modules/.package-lock.json`;
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing dependencies (npm ci)...');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) process.exit(1);
}

// One list of browser locations each (tests/e2e/support/browser.ts, tests/e2e-firefox/support/firefox.ts);
// their hints are the one line shown when a browser is missing.
const probe = spawnSync(
  `${root}node_modules/.bin/tsx`,
  [
    '-e',
    "Promise.all([import('./tests/e2e/support/browser.ts'), import('./tests/e2e-firefox/support/firefox.ts')]).then(([c, f]) => {" +
      ' const missing = [c.findChromium() ? null : c.NO_BROWSER_HINT, f.findFirefox() ? null : f.NO_FIREFOX_HINT].filter(Boolean);' +
      " if (missing.length) { console.error(missing.join('\\n')); process.exit(3); } })",
  ],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (probe.status !== 0) process.exit(probe.status ?? 1);

// Build folders of earlier runs that were killed before their teardown (their process is gone).
const cache = `${root}tests/.cache`;
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
};
for (const name of existsSync(cache) ? readdirSync(cache) : []) {
  const m = /^e2e-(?:firefox-)?build-(\d+)$/.exec(name);
  if (m && !alive(Number(m[1]))) rmSync(`${cache}/${name}`, { recursive: true, force: true });
}

const extra = process.argv.slice(2);
// The whole run (no file filter) first checks the code: types (product code with noUncheckedIndexedAccess, then the tests),
// formatting (Prettier), ESLint (type-aware) and knip (unused files, exports, dependencies).
if (extra.length === 0) {
  console.log('Type-checking (npm run typecheck)...');
  if (run('npm', ['run', '--silent', 'typecheck']) !== 0) process.exit(1);
  console.log('Checking formatting (npm run format:check)...');
  if (run('npm', ['run', '--silent', 'format:check']) !== 0) process.exit(1);
  console.log('Linting (npm run lint)...');
  if (run('npm', ['run', '--silent', 'lint']) !== 0) process.exit(1);
  console.log('Looking for unused code (npm run knip)...');
  if (run('npm', ['run', '--silent', 'knip']) !== 0) process.exit(1);
}
process.exit(run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...extra]));
