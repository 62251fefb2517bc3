/**
 * `npm start [-- --headless]`: the one-command live demo. Builds the extension into .output/,
 * starts Anvil (port 8545, or a free one), deploys the demo world, serves the demo dapp and opens
 * Chromium (or Chrome) with Whale Lens loaded and pointed at the local chain. Ctrl-C stops it all.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, NO_BROWSER_HINT } from '../e2e/support/browser';
import { startDemo, type DemoSession } from './session';

const root = fileURLToPath(new URL('../..', import.meta.url));
const headless = process.argv.includes('--headless');
const say = (line: string) => console.log(line);

function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.WHALE_LENS_OUT_DIR; // the demo's build goes to .output/, where a person looks for it
  return env;
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

let session: DemoSession | undefined;
let stopping = false;

async function main() {
  if (!findChromium()) fail(NO_BROWSER_HINT);
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail('No display to open a browser window on: run `npm start -- --headless` (prints the URLs and addresses instead).');
  }
  say('Building the extension (wxt build → .output/chrome-mv3)…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, encoding: 'utf8', env: buildEnv() });
  if (build.status !== 0) fail(`Extension build failed:\n${build.stdout}\n${build.stderr}`);
  const extensionDir = join(root, '.output/chrome-mv3');

  say('Starting Anvil and deploying the demo world…');
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping the demo (browser, dapp server, Anvil)…');
    await session?.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  session = await startDemo({ extensionDir, anvilPort: 8545, dappPort: 8546, headless, say });
  session.b.context.on('close', () => void stop());
  const page = session.b.context.pages()[0] ?? (await session.b.context.newPage());
  await page.goto(session.dapp.tokenUrls.rug!);

  const { world, dapp, anvil } = session;
  say('');
  say('Whale Lens demo is running.');
  say(`  Anvil RPC         ${anvil.rpcUrl}  (chain ${anvil.chainId}; the extension's custom chain "Anvil (demo)")`);
  say(`  Demo dapp         ${dapp.indexUrl}`);
  for (const t of Object.values(world.tokens)) {
    say(`  ${t.symbol.padEnd(5)} ${t.key.padEnd(11)} ${t.address}  ${dapp.tokenUrls[t.key]}  expect: ${t.expected} (${t.story})`);
  }
  say(`  Uniswap V2        factory ${world.factory}  router ${world.router}  WETH ${world.weth}`);
  say(`  Governor          ${world.governor}  Timelock ${world.timelock}`);
  say(`  Multicall3        ${world.multicall3}`);
  say(`  Extension folder  ${extensionDir}  (id ${session.b.extensionId})`);
  say(`  Popup             chrome-extension://${session.b.extensionId}/popup.html`);
  say(
    headless
      ? 'Running headless. Ctrl-C stops everything.'
      : 'Try Approve on OWN (a warning) and Swap on HRBR (none). Ctrl-C or closing the browser stops everything.',
  );
}

main().catch(async (err: unknown) => {
  console.error(`Demo failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  await session?.close();
  process.exit(1);
});
