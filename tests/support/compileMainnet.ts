/**
 * Compiles the unmodified mainnet sources in ../shared/contracts beside the project (COMP, Governor Bravo, Compound Timelock;
 * USDC's FiatTokenProxy, FiatTokenV2_2 and MasterMinter) with the compiler and optimizer each was
 * deployed with — solc 0.5.16 (200 runs) and 0.6.12 (10,000,000 runs), installed as npm aliases —
 * and caches the artifacts in tests/.cache keyed by sources and compiler. Libraries (USDC's
 * SignatureChecker) are linked at deploy time: see `linkBytecode`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Address, Hex } from 'viem';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
// The project's shared material sits beside the repository (as on CI); the sources are read there, not copied.
const root = join(here, '..', '..', '..', 'shared', 'contracts');
if (!existsSync(root)) throw new Error(`the mainnet contract sources are missing: ${root} (../shared/contracts beside the project)`);
const cacheDir = join(here, '..', '.cache');

export interface MainnetArtifact {
  abi: Abi;
  bytecode: Hex;
  /** file → library → byte offsets of its address placeholder in `bytecode`. */
  linkReferences: Record<string, Record<string, { start: number; length: number }[]>>;
}

interface Build {
  compiler: 'solc-0516' | 'solc-0612';
  runs: number;
  entries: string[];
}

const BUILDS: Record<'compound' | 'centre', Build> = {
  compound: {
    compiler: 'solc-0516',
    runs: 200,
    entries: [
      'compound/contracts/Governance/Comp.sol',
      'compound/contracts/Governance/GovernorBravoDelegate.sol',
      'compound/contracts/Governance/GovernorBravoDelegator.sol',
      'compound/contracts/Timelock.sol',
    ],
  },
  centre: {
    compiler: 'solc-0612',
    runs: 10_000_000,
    entries: ['centre/contracts/v1/FiatTokenProxy.sol', 'centre/contracts/v2/FiatTokenV2_2.sol', 'centre/contracts/minting/MasterMinter.sol'],
  },
};

function readSource(path: string): string {
  const file = path.startsWith('@openzeppelin/') ? join(root, '_deps', path) : join(root, path);
  return readFileSync(file, 'utf8');
}

function compile(build: Build): Record<string, MainnetArtifact> {
  const solc = require(build.compiler);
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(build.entries.map((e) => [e, { content: readSource(e) }])),
    settings: {
      optimizer: { enabled: true, runs: build.runs },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.bytecode.linkReferences'] } },
    },
  };
  const findImport = (path: string) => {
    try {
      return { contents: readSource(path) };
    } catch {
      return { error: `not found: ${path}` };
    }
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));
  const out: Record<string, MainnetArtifact> = {};
  for (const file of Object.keys(output.contracts)) {
    for (const [name, c] of Object.entries(output.contracts[file] as Record<string, any>)) {
      if (!c.evm.bytecode.object) continue;
      out[name] = { abi: c.abi, bytecode: `0x${c.evm.bytecode.object}`, linkReferences: c.evm.bytecode.linkReferences ?? {} };
    }
  }
  return out;
}

/** Artifacts of one mainnet family, compiled once per source/compiler change. */
export function loadMainnetContracts(family: keyof typeof BUILDS): Record<string, MainnetArtifact> {
  const build = BUILDS[family];
  const version: string = require(`${build.compiler}/package.json`).version;
  const hash = createHash('sha256').update(version).update(String(build.runs));
  const seen = new Set<string>();
  const visit = (path: string, from = '') => {
    const resolved = path.startsWith('.') ? join(dirname(from), path).replace(/\\/g, '/') : path;
    if (seen.has(resolved)) return;
    seen.add(resolved);
    const text = readSource(resolved);
    hash.update(resolved).update(text);
    for (const m of text.matchAll(/import\s+(?:[^"']*from\s+)?["']([^"']+)["']/g)) visit(m[1]!, resolved);
  };
  build.entries.forEach((e) => visit(e));
  const file = join(cacheDir, `mainnet-${family}-${hash.digest('hex').slice(0, 16)}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const artifacts = compile(build);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(artifacts));
  renameSync(tmp, file);
  return artifacts;
}

/** Bytecode with each library placeholder replaced by the deployed library's address. */
export function linkBytecode(a: MainnetArtifact, libraries: Record<string, Address>): Hex {
  let code = a.bytecode.slice(2);
  for (const libs of Object.values(a.linkReferences)) {
    for (const [name, refs] of Object.entries(libs)) {
      const address = libraries[name];
      if (!address) throw new Error(`library ${name} is not deployed`);
      for (const r of refs) code = code.slice(0, r.start * 2) + address.slice(2).toLowerCase() + code.slice((r.start + r.length) * 2);
    }
  }
  return `0x${code}`;
}
