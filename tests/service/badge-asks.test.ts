/**
 * The in-page badge asks for the report (report.get), for a token or a protocol page: a read that
 * never rewrites the tab's state, its saved target or its toolbar badge. page.detected is for navigation.
 */
import { describe, expect, it } from 'vitest';
import { BackgroundService } from '../../lib/service/service';
import { createMemoryCache } from '../../lib/cache/index';
import type { Badge } from '../../lib/service/badge';
import type { ProtocolInfo } from '../../lib/analysis/protocolToken';
import { parseBackgroundRequest } from '../../lib/messaging/validate';
import { TOKEN, addr, rugReport } from '../fixtures/reports/build';
import { controlledAnalyzer, memorySettings, until } from './fakes';

const UNI: ProtocolInfo = {
  id: 'uniswap',
  name: 'Uniswap',
  tokens: [{ chainId: 1, address: TOKEN }],
  governors: [{ chainId: 1, address: addr(12), kind: 'governor-bravo' }],
};
const tab = (tabId: number) => ({ kind: 'tab' as const, tabId, hostname: 'app.example.org' });

function setup() {
  const badgeCalls: { tabId: number; badge: Badge | null }[] = [];
  const fake = controlledAnalyzer(rugReport);
  const svc = new BackgroundService({
    cache: createMemoryCache(),
    settings: memorySettings(),
    analyze: fake.analyze,
    protocols: { get: (id) => (id === 'uniswap' ? UNI : undefined), all: () => [UNI] },
    setBadge: (tabId, badge) => void badgeCalls.push({ tabId, badge }),
  });
  let changes = 0;
  svc.tabs.onChange = () => void changes++;
  return { svc, fake, badgeCalls, changes: () => changes };
}

describe('the in-page badge asks with report.get', () => {
  it('validates a protocol request and checksums a token address on receipt', () => {
    expect(parseBackgroundRequest({ type: 'report.get', protocolId: 'uniswap', waitMs: 0 })).toEqual({
      type: 'report.get',
      protocolId: 'uniswap',
      waitMs: 0,
    });
    expect(parseBackgroundRequest({ type: 'report.get', protocolId: 'Not Valid' })).toBeNull();
    expect(parseBackgroundRequest({ type: 'report.get', protocolId: 'uniswap', chainId: 1 })).toBeNull();
    const lower = '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984';
    expect(parseBackgroundRequest({ type: 'report.get', chainId: 1, address: lower })).toMatchObject({
      address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984',
    });
  });

  it('a token page: asking again changes neither the tab nor the toolbar badge', async () => {
    const { svc, fake, badgeCalls, changes } = setup();
    await svc.handle({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, tab(3));
    const [calls, changed] = [badgeCalls.length, changes()];
    for (let i = 0; i < 3; i++) {
      expect(await svc.handle({ type: 'report.get', chainId: 1, address: TOKEN, waitMs: 0 }, tab(3))).toMatchObject({ status: 'analysing' });
    }
    expect([badgeCalls.length, changes()]).toEqual([calls, changed]);
    expect(fake.calls).toBe(1);
    fake.finish();
    await until(() => badgeCalls.at(-1)?.badge?.text === '!!');
    expect(await svc.handle({ type: 'report.get', chainId: 1, address: TOKEN, waitMs: 0 }, tab(3))).toMatchObject({ status: 'ready' });
  });

  it('a protocol page: the same answer as page.detected, for the token the background chose', async () => {
    const { svc, fake, badgeCalls, changes } = setup();
    expect(await svc.handle({ type: 'page.detected', target: { kind: 'protocol', protocolId: 'uniswap' } }, tab(6))).toMatchObject({
      status: 'analysing',
    });
    const [calls, changed] = [badgeCalls.length, changes()];
    expect(await svc.handle({ type: 'report.get', protocolId: 'uniswap', waitMs: 0 }, tab(6))).toMatchObject({ status: 'analysing' });
    expect(await svc.handle({ type: 'report.get', protocolId: 'nope', waitMs: 0 }, tab(6))).toMatchObject({ status: 'error', retryable: false });
    expect([badgeCalls.length, changes()]).toEqual([calls, changed]);
    expect(fake.pending.map((p) => p.input)).toMatchObject([{ chainId: 1, address: TOKEN, governor: addr(12) }]);
  });
});
