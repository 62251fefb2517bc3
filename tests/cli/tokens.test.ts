/**
 * `report tokens FILE`: many tokens through the real CLI against Anvil — one JSON line (or CSV row)
 * each with verdict, figures and gaps; a failing token is a line with its error; resumable with --out.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAddress } from 'viem';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { accounts } from '../support/chain';
import { deployRiskyWorld, type PublicWorld } from '../support/public-world';
import { runCli } from './run-cli';

let node: AnvilNode;
let world: PublicWorld;
let dir: string;
let list: string;

beforeAll(async () => {
  node = await startAnvil();
  world = await deployRiskyWorld(node, { holders: 12, tailBlocks: 20 });
  world.token = getAddress(world.token);
  dir = mkdtempSync(join(tmpdir(), 'wl-tokens-'));
  list = join(dir, 'tokens.txt');
  writeFileSync(list, ['# tokens to look at', world.token, world.uniswap.weth, accounts[5].address, world.token.toLowerCase(), ''].join('\n'));
}, 120_000);
afterAll(() => node?.stop());

const lines = (text: string) => text.split('\n').filter(Boolean);

describe('report tokens', () => {
  it('one JSON line per token, a failing token named with its error; a second run resumes', async () => {
    const out = join(dir, 'out.jsonl');
    const first = await runCli(['tokens', list, '--rpc', node.rpcUrl, '--out', out, '--concurrency', '2']);
    expect(first.code).toBe(0);
    const rows = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l));
    expect(rows.map((r) => r.token).sort()).toEqual([world.token, world.uniswap.weth, accounts[5].address].sort());
    const risky = rows.find((r) => r.token === world.token);
    expect(risky.verdict).toBe('danger');
    expect(risky.holders).toBeGreaterThan(12);
    expect(risky.owner).toBe('eoa');
    expect(risky.privileges).toContain('mint:eoa');
    expect(Array.isArray(risky.gaps)).toBe(true);
    const eoa = rows.find((r) => r.token === accounts[5].address);
    expect(eoa.verdict).toBe('unknown');
    expect(eoa.error).toMatch(/not a contract/);

    // Interrupted before the last token: only that one is analysed again.
    const kept = lines(readFileSync(out, 'utf8')).slice(0, 2);
    writeFileSync(out, `${kept.join('\n')}\n`);
    const again = await runCli(['tokens', list, '--rpc', node.rpcUrl, '--out', out]);
    expect(again.code).toBe(0);
    const after = lines(readFileSync(out, 'utf8')).map((l) => JSON.parse(l).token);
    expect(after).toHaveLength(3);
    expect(new Set(after).size).toBe(3);
    expect(after.slice(0, 2)).toEqual(kept.map((l) => JSON.parse(l).token));
  }, 120_000);

  it('--csv writes a header and one row per token', async () => {
    const res = await runCli(['tokens', list, '--rpc', node.rpcUrl, '--csv']);
    expect(res.code).toBe(0);
    const rows = lines(res.stdout);
    expect(rows[0]).toBe('token,verdict,symbol,holders,top1,top10,gini,owner,privileges,pools,gaps,error');
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.startsWith(world.token))).toMatch(/,danger,OWN,/);
  }, 120_000);

  it('bad input is one line and exit 2', async () => {
    const res = await runCli(['tokens', join(dir, 'missing.txt'), '--rpc', node.rpcUrl]);
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });
});
