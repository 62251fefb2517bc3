/**
 * Bench rows for page detection.
 * Row 1: time to detect one URL (lib/detect/core: what the content script runs on every page),
 * median over the whole example table, against a naive detector (linear scan of every known
 * hostname with endsWith, then a regex over the whole URL). Budget ≤ 50 µs median.
 * Row 2: the same with checksummed addresses (lib/detect/index: CLI, options), for reference.
 * Row 3: minified bytes of the content script that runs on every page, from a production build
 * into a private folder, against the badge chunk it leaves out. Budget ≤ 30 KB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectRaw, detectTarget } from '../../lib/detect/index';
import { BLOCKSCOUT_HOSTS, ETHERSCAN_HOSTS } from '../../lib/detect/explorers';
import { PROTOCOL_HOSTS } from '../../lib/protocols/hosts';
import { EXAMPLES } from '../detect/examples';
import type { BenchRow } from './format';

const root = fileURLToPath(new URL('../..', import.meta.url));
const URLS = EXAMPLES.map(([u]) => u);

const NAIVE_HOSTS = [
  ...Object.keys(ETHERSCAN_HOSTS),
  ...Object.keys(BLOCKSCOUT_HOSTS),
  ...Object.keys(PROTOCOL_HOSTS),
  'dexscreener.com',
  'dextools.io',
  'geckoterminal.com',
];
const ANY_ADDRESS = /0x[0-9a-fA-F]{40}/;

/** What a first attempt looks like: scan every hostname, then grep the URL for an address. */
function naiveDetect(url: string): unknown {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const known = NAIVE_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
  if (!known) return null;
  const m = ANY_ADDRESS.exec(url);
  return m ? { address: m[0].toLowerCase() } : { host: known };
}

/** Median over URLs of the mean time per call (µs), each URL timed over `reps` calls. */
function medianMicros(fn: (url: string) => unknown, reps = 400): number {
  for (const u of URLS) for (let i = 0; i < 50; i++) fn(u); // warm up
  const perUrl = URLS.map((u) => {
    const t = performance.now();
    for (let i = 0; i < reps; i++) fn(u);
    return ((performance.now() - t) * 1000) / reps;
  });
  perUrl.sort((a, b) => a - b);
  return perUrl[Math.floor(perUrl.length / 2)];
}

function buildSizes(): { content: number; badge: number } | null {
  const outDir = mkdtempSync(join(tmpdir(), 'wl-detect-bench-'));
  try {
    const res = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, WHALE_LENS_OUT_DIR: outDir }, encoding: 'utf8' });
    if (res.status !== 0) return null;
    const dir = join(outDir, 'chrome-mv3');
    return { content: statSync(join(dir, 'content-scripts/detect.js')).size, badge: statSync(join(dir, 'detect-badge.js')).size };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function rows(): Promise<BenchRow[]> {
  const ours = medianMicros((u) => detectRaw(u));
  const naive = medianMicros(naiveDetect);
  const checksummed = medianMicros((u) => detectTarget(u));
  const out: BenchRow[] = [
    {
      name: `detect: URL → target, median of ${URLS.length} URLs (content script)`,
      ours: `${ours.toFixed(2)} µs`,
      baseline: `${naive.toFixed(2)} µs`,
      ratio: ours,
      budget: '≤ 50 µs',
      pass: ours <= 50,
    },
    {
      name: 'detect: URL → target with checksummed address (CLI)',
      ours: `${checksummed.toFixed(2)} µs`,
      baseline: `${naive.toFixed(2)} µs`,
      ratio: checksummed,
      budget: '≤ 50 µs',
      pass: checksummed <= 50,
    },
  ];
  const sizes = buildSizes();
  out.push(
    sizes
      ? {
          name: 'detect: content script on every page (minified)',
          ours: `${(sizes.content / 1024).toFixed(1)} KB`,
          baseline: `${((sizes.content + sizes.badge) / 1024).toFixed(1)} KB`,
          ratio: sizes.content / 1024,
          budget: '≤ 30 KB',
          pass: sizes.content <= 30 * 1024,
        }
      : { name: 'detect: content script on every page (build failed)', ours: '-', baseline: '-', ratio: 0, budget: '≤ 30 KB', pass: false },
  );
  return out;
}
