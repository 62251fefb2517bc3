/**
 * Builds the Chrome extension for end-to-end tests into a folder of its own, so parallel
 * builds (another test run, the demo) never overwrite each other.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export function buildExtension(name = `e2e-build-${process.pid}`): string {
  const outDir = join(root, 'tests/.cache', name);
  const res = spawnSync('npx', ['wxt', 'build'], {
    cwd: root,
    // Vitest sets NODE_ENV=test, which would give Preact's development build: test what ships.
    env: { ...process.env, NODE_ENV: 'production', WHALE_LENS_OUT_DIR: outDir },
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`extension build failed:\n${res.stdout}\n${res.stderr}`);
  return join(outDir, 'chrome-mv3');
}
