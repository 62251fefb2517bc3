import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../lib/cli/commands/detect';

const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  const code = await run(argv);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => vi.restoreAllMocks());

describe('report detect', () => {
  it('prints chain and checksummed address for a token page', async () => {
    const r = await cli(`https://etherscan.io/token/${UNI.toLowerCase()}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ chainId: 1, address: UNI });
  });

  it('prints the protocol id and name for a protocol app', async () => {
    const r = await cli('https://app.aave.com/');
    expect(JSON.parse(r.out)).toEqual({ protocolId: 'aave', name: 'Aave' });
  });

  it('prints null for other pages', async () => {
    const r = await cli('https://en.wikipedia.org/wiki/Whale');
    expect(r).toEqual({ code: 0, out: 'null', err: '' });
  });

  it('applies --rule site rules', async () => {
    const r = await cli('https://mydex.example/', '--rule', `mydex.example=8453:${UNI}`);
    expect(JSON.parse(r.out)).toEqual({ chainId: 8453, address: UNI });
    const p = await cli('https://gov.example/', '--rule=gov.example=ens');
    expect(JSON.parse(p.out)).toEqual({ protocolId: 'ens', name: 'ENS' });
  });

  it.each([
    [[], /give exactly one URL/],
    [['not a url'], /not a URL/],
    [['https://a.example', 'https://b.example'], /exactly one URL/],
    [['https://a.example', '--rule', 'nohost'], /bad --rule/],
    [['https://a.example', '--rule', 'a.example=nope'], /Unknown protocol/],
    [['https://a.example', '--frobnicate'], /unknown option/],
  ])('exits 2 with one line for bad input %j', async (argv, message) => {
    const r = await cli(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});
