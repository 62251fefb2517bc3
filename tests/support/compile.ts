/**
 * Compiles every tests/support/contracts/*.sol with solc-js (OpenZeppelin imports from
 * node_modules) once, and caches the artifacts in tests/.cache keyed by a hash of the
 * sources and compiler version. Tests and the demo call `loadContracts()`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Abi, Hex } from 'viem';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const contractsDir = join(here, 'contracts');
const cacheDir = join(here, '..', '.cache');

export interface Artifact {
  abi: Abi;
  bytecode: Hex;
  deployedBytecode: Hex;
}
export type Artifacts = Record<string, Artifact>;

function sources(): Record<string, { content: string }> {
  const out: Record<string, { content: string }> = {};
  for (const f of readdirSync(contractsDir)
    .filter((f) => f.endsWith('.sol'))
    .sort()) {
    out[f] = { content: readFileSync(join(contractsDir, f), 'utf8') };
  }
  return out;
}

function findImport(path: string): { contents: string } | { error: string } {
  try {
    return { contents: readFileSync(require.resolve(path), 'utf8') };
  } catch {
    return { error: `not found: ${path}` };
  }
}

function compile(srcs: Record<string, { content: string }>): Artifacts {
  const solc = require('solc');
  const input = {
    language: 'Solidity',
    sources: srcs,
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: 'cancun',
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
  if (errors.length) throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));
  const artifacts: Artifacts = {};
  for (const file of Object.keys(srcs)) {
    for (const [name, c] of Object.entries(output.contracts[file] as Record<string, any>)) {
      artifacts[name] = {
        abi: c.abi,
        bytecode: `0x${c.evm.bytecode.object}`,
        deployedBytecode: `0x${c.evm.deployedBytecode.object}`,
      };
    }
  }
  return artifacts;
}

/** Compiled artifacts of tests/support/contracts, from cache when sources are unchanged. */
export function loadContracts(): Artifacts {
  const srcs = sources();
  const solcVersion: string = require('solc/package.json').version;
  const key = createHash('sha256').update(solcVersion).update(JSON.stringify(srcs)).digest('hex').slice(0, 16);
  const file = join(cacheDir, `contracts-${key}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const artifacts = compile(srcs);
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(artifacts));
  renameSync(tmp, file); // atomic: parallel workers never read a half-written cache
  return artifacts;
}
