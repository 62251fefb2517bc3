/**
 * lib/analytics, lib/risk, lib/report and lib/wording are the pure core: plain data in, plain data out. This test
 * reads every file there and fails on an import of anything that touches the browser, the
 * network, storage, Node built-ins or a viem client (type-only imports are allowed), and on
 * use of the global fetch / indexedDB / browser / chrome objects.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const PURE_DIRS = ['lib/analytics', 'lib/risk', 'lib/report', 'lib/wording', 'lib/text'];

/** Package names (exact or as a prefix before "/") that pure code must not import. */
const FORBIDDEN_PACKAGES = [
  'wxt',
  '@wxt-dev',
  'webextension-polyfill',
  'idb',
  'fake-indexeddb',
  'viem',
  'ethers',
  'abitype',
  'node-fetch',
  'undici',
  'axios',
  'ky',
  'got',
  'ws',
  'cross-fetch',
  'isomorphic-fetch',
  'preact',
  'fs',
  'path',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'os',
  'url',
  'worker_threads',
];
/** Project folders that are impure by design. */
const FORBIDDEN_DIRS = ['lib/chain', 'lib/cache', 'lib/sources', 'lib/messaging', 'entrypoints', 'components'];
const FORBIDDEN_GLOBALS = /\b(?:fetch|indexedDB|browser|chrome|XMLHttpRequest|WebSocket|localStorage|sessionStorage)\s*[.(]/;

function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [p] : [];
  });
}

interface ImportRef {
  spec: string;
  typeOnly: boolean;
  line: number;
}

/** Static imports, re-exports, dynamic import() and require(). */
export function importsOf(source: string): ImportRef[] {
  const out: ImportRef[] = [];
  const lineAt = (i: number) => source.slice(0, i).split('\n').length;
  const stat = /(?:^|\n)\s*(import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(stat)) {
    const clause = m[3];
    // `import { type A, type B }` is type-only too.
    const allTypeNamed =
      /^\{[\s\S]*\}$/.test(clause) &&
      clause
        .slice(1, -1)
        .split(',')
        .every((p) => !p.trim() || /^type\s/.test(p.trim()));
    out.push({ spec: m[4], typeOnly: Boolean(m[2]) || allTypeNamed, line: lineAt(m.index ?? 0) });
  }
  for (const m of source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) out.push({ spec: m[1], typeOnly: false, line: lineAt(m.index ?? 0) });
  for (const m of source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g))
    out.push({ spec: m[1], typeOnly: false, line: lineAt(m.index ?? 0) });
  return out;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

export function problemsIn(file: string, source: string): string[] {
  const problems: string[] = [];
  const code = stripComments(source);
  for (const ref of importsOf(code)) {
    if (ref.typeOnly) continue;
    const where = `${relative(root, file)}:${ref.line} imports "${ref.spec}"`;
    if (ref.spec.startsWith('node:')) problems.push(`${where} (Node built-in)`);
    else if (ref.spec.startsWith('.')) {
      const target = relative(root, resolve(dirname(file), ref.spec));
      const bad = FORBIDDEN_DIRS.find((d) => target === d || target.startsWith(`${d}/`));
      if (bad) problems.push(`${where} (impure folder ${bad})`);
    } else {
      const bad = FORBIDDEN_PACKAGES.find((p) => ref.spec === p || ref.spec.startsWith(`${p}/`));
      if (bad) problems.push(`${where} (forbidden package ${bad})`);
    }
  }
  code.split('\n').forEach((text, i) => {
    const m = text.match(FORBIDDEN_GLOBALS);
    if (m && !/^\s*(?:import|export)\b/.test(text)) problems.push(`${relative(root, file)}:${i + 1} uses global "${m[0]}"`);
  });
  return problems;
}

describe('pure core', () => {
  it('the checker itself catches what it should', () => {
    const f = join(root, 'lib/analytics/x.ts');
    expect(problemsIn(f, `import { createPublicClient } from 'viem';`)).toHaveLength(1);
    expect(problemsIn(f, `import type { Address } from 'viem';`)).toHaveLength(0);
    expect(problemsIn(f, `import { type Address } from 'viem';`)).toHaveLength(0);
    expect(problemsIn(f, `import { browser } from 'wxt/browser';`)).toHaveLength(1);
    expect(problemsIn(f, `import { openDB } from 'idb';`)).toHaveLength(1);
    expect(problemsIn(f, `import { readFileSync } from 'node:fs';`)).toHaveLength(1);
    expect(problemsIn(f, `import { getLogs } from '../chain/logs';`)).toHaveLength(1);
    expect(problemsIn(f, `export * from '../cache';`)).toHaveLength(1);
    expect(problemsIn(f, `const m = await import('../sources/x');`)).toHaveLength(1);
    expect(problemsIn(f, `const r = await fetch(url);`)).toHaveLength(1);
    expect(problemsIn(f, `indexedDB.open('x');`)).toHaveLength(1);
    expect(problemsIn(f, `chrome.runtime.sendMessage({});`)).toHaveLength(1);
    expect(problemsIn(f, `import { ratio } from './ratio';\n// fetch(x) in a comment is fine`)).toHaveLength(0);
  });

  for (const dir of PURE_DIRS) {
    it(`${dir} imports nothing impure`, () => {
      const files = filesUnder(join(root, dir));
      if (dir === 'lib/analytics') expect(files.length).toBeGreaterThan(5);
      const problems = files.flatMap((f) => problemsIn(f, readFileSync(f, 'utf8')));
      expect(problems).toEqual([]);
    });
  }
});
