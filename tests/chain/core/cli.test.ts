/** `report token` end to end: the real CLI process on Anvil, and run() for the error lines. */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../../lib/cli/commands/token';
import { startAnvil, freePort, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { deployGovernanceScenario, type GovernanceScenario } from '../../support/scenarios/governance';
import { deployNamed } from '../../support/scenarios/tx';
import type { Report } from '../../../lib/report/types';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await run(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('report token', () => {
  let node: AnvilNode;
  let c: Clients;
  let gov: GovernanceScenario;
  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
    gov = await deployGovernanceScenario(c);
  });
  afterAll(() => node?.stop());
  afterEach(() => vi.restoreAllMocks());

  it('prints the Report as JSON from the real CLI process', () => {
    const res = spawnSync('npx', ['tsx', 'lib/cli/report.ts', 'token', gov.token, '--rpc', node.rpcUrl, '--governor', gov.governor, '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).toBe(0);
    const report = JSON.parse(res.stdout) as Report;
    expect(report.token.address).toBe(gov.token);
    expect(report.holders?.complete).toBe(true);
    expect(report.governance?.votingPower.delegatesToQuorum).toBe(3);
  });

  it('prints a human summary by default', async () => {
    const { code, out } = await capture([gov.token, '--rpc', node.rpcUrl, '--governor', gov.governor]);
    expect(code).toBe(0);
    for (const part of ['Holders', 'raw', 'circulating', 'Control', 'Governance', 'Liquidity', 'Sources', gov.timelock, 'timelock']) {
      expect(out).toContain(part);
    }
    expect(out).toContain('to reach quorum 3');
  });

  it('pins --block', async () => {
    const { code, out } = await capture([gov.token, '--rpc', node.rpcUrl, '--block', '3', '--json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).block.number).toBe(3);
  });

  const failures: [string, () => Promise<string[]>, RegExp][] = [
    ['an unreachable RPC', async () => [gov.token, '--rpc', `http://127.0.0.1:${await freePort()}`], /unreachable/],
    ['a wrong chain', async () => [gov.token, '--rpc', node.rpcUrl, '--chain-id', '1'], /serves chain 31337, expected chain 1/],
    ['not a contract', async () => [accounts[5].address, '--rpc', node.rpcUrl], /is not a contract/],
    ['not an ERC-20', async () => [await deployNamed(c, 'CoreNotAToken'), '--rpc', node.rpcUrl], /is not an ERC-20 token/],
    ['a block beyond the head', async () => [gov.token, '--rpc', node.rpcUrl, '--block', '99999999'], /block 99999999 is not available/],
    ['a bad address', async () => ['0x1234', '--rpc', node.rpcUrl], /not an address/],
    ['a missing --rpc', async () => [gov.token], /--rpc URL is required/],
    ['a bad --block', async () => [gov.token, '--rpc', node.rpcUrl, '--block', 'latest'], /--block must be a block number/],
    ['an unknown flag', async () => [gov.token, '--rpc', node.rpcUrl, '--fast'], /unknown option --fast/],
  ];
  for (const [name, argv, message] of failures) {
    it(`exits 2 with one line for ${name}`, async () => {
      const { code, out, err } = await capture(await argv());
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.split('\n')).toHaveLength(1);
      expect(err).toMatch(message);
    });
  }
});
