import { describe, expect, it } from 'vitest';
import { BackgroundService } from '../../lib/service/service';
import { createMemoryCache } from '../../lib/cache/index';
import type { Badge } from '../../lib/service/badge';
import type { TabState } from '../../lib/messaging/background-protocol';
import type { ProtocolInfo } from '../../lib/analysis/protocolToken';
import { chooseProtocolToken } from '../../lib/analysis/protocolToken';
import { TOKEN, addr, rugReport, healthyReport } from '../fixtures/reports/build';
import { controlledAnalyzer, memorySettings, until } from './fakes';

const UNI: ProtocolInfo = {
  id: 'uniswap',
  name: 'Uniswap',
  tokens: [
    { chainId: 42161, address: addr(11) },
    { chainId: 1, address: TOKEN },
  ],
  governors: [{ chainId: 1, address: addr(12), kind: 'governor-bravo' }],
};

function setup(base = rugReport) {
  const badges = new Map<number, Badge | null>();
  const fake = controlledAnalyzer(base);
  const settings = memorySettings();
  const svc = new BackgroundService({
    cache: createMemoryCache(),
    settings,
    analyze: fake.analyze,
    protocols: { get: (id) => (id === 'uniswap' ? UNI : undefined), all: () => [UNI] },
    setBadge: (tabId, badge) => void badges.set(tabId, badge),
  });
  return { svc, fake, badges, settings };
}

describe('page.detected and the toolbar badge', () => {
  it('a non-DeFi page: no badge, no analysis', async () => {
    const { svc, fake, badges } = setup();
    expect(await svc.handle({ type: 'page.detected', target: null }, { kind: 'tab', tabId: 3 })).toBeNull();
    expect(badges.get(3)).toBeNull();
    expect(fake.calls).toBe(0);
  });

  it('a token page answers at once, then the badge follows the verdict', async () => {
    const { svc, fake, badges } = setup();
    const state = await svc.handle({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, { kind: 'tab', tabId: 3 });
    expect(state).toMatchObject({ status: 'analysing' });
    expect(badges.get(3)).toMatchObject({ text: '…' });
    fake.finish();
    await until(() => badges.get(3)?.text === '!!');
    expect(badges.get(3)).toEqual(expect.objectContaining({ text: '!!', color: '#C5221F' }));
    const tab = await svc.handle({ type: 'tab.state', tabId: 3 }, { kind: 'extension' });
    expect(tab).toMatchObject({ target: { kind: 'token' }, token: { chainId: 1 }, state: { status: 'ready', assessment: { verdict: 'danger' } } });
  });

  it('ok gets a green tick; unknown a grey question mark', async () => {
    const { svc, fake, badges } = setup(healthyReport);
    await svc.handle({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, { kind: 'tab', tabId: 4 });
    fake.finish();
    await until(() => badges.get(4)?.text === '✓');
    expect(badges.get(4)).toMatchObject({ text: '✓', color: '#188038' });
    await svc.handle({ type: 'page.detected', target: { kind: 'token', chainId: 999, address: TOKEN } }, { kind: 'tab', tabId: 5 });
    expect(badges.get(5)).toMatchObject({ text: '?' });
  });

  it('a protocol page analyses its governance token on Ethereum, with its governor', async () => {
    const { svc, fake } = setup();
    await svc.handle({ type: 'page.detected', target: { kind: 'protocol', protocolId: 'uniswap' } }, { kind: 'tab', tabId: 6 });
    expect(fake.pending[0].input).toMatchObject({ chainId: 1, address: TOKEN, governor: addr(12) });
    const tab = await svc.handle({ type: 'tab.state', tabId: 6 }, { kind: 'extension' });
    expect(tab).toMatchObject({ protocolName: 'Uniswap', token: { chainId: 1, address: TOKEN } });
  });

  it('an unknown protocol is an error state, not a guess', async () => {
    const { svc, fake } = setup();
    const state = await svc.handle({ type: 'page.detected', target: { kind: 'protocol', protocolId: 'nope' } }, { kind: 'tab', tabId: 6 });
    expect(state).toMatchObject({ status: 'error', retryable: false });
    expect(fake.calls).toBe(0);
  });

  it('a site where Whale Lens is off: no badge, no analysis', async () => {
    const { svc, fake, badges, settings } = setup();
    await settings.update((s) => ({ ...s, disabledSites: ['app.uniswap.org'] }));
    const state = await svc.handle(
      { type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } },
      { kind: 'tab', tabId: 8, hostname: 'app.uniswap.org' },
    );
    expect(state).toEqual({ status: 'dismissed', reason: 'site' });
    expect(badges.get(8)).toBeNull();
    expect(fake.calls).toBe(0);
  });

  it('a site where only the in-page badge is hidden keeps the analysis and the toolbar badge', async () => {
    const { svc, fake, badges, settings } = setup();
    await settings.update((s) => ({ ...s, dismissedSites: ['app.uniswap.org'] }));
    await svc.handle(
      { type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } },
      { kind: 'tab', tabId: 8, hostname: 'app.uniswap.org' },
    );
    fake.finish();
    await until(() => badges.get(8)?.text !== undefined && badges.get(8)?.text !== '…');
    expect(fake.calls).toBe(1);
    expect(((await svc.handle({ type: 'tab.state', tabId: 8 }, { kind: 'extension' })) as TabState).site).toBe('app.uniswap.org');
  });

  it('dismissing the token clears the badges of tabs showing it; closing a tab forgets it', async () => {
    const { svc, fake, badges } = setup();
    await svc.handle({ type: 'page.detected', target: { kind: 'token', chainId: 1, address: TOKEN } }, { kind: 'tab', tabId: 9 });
    fake.finish();
    await until(() => badges.get(9)?.text === '!!');
    await svc.handle({ type: 'token.dismiss', chainId: 1, address: TOKEN, dismissed: true }, { kind: 'extension' });
    expect(badges.get(9)).toBeNull();
    svc.tabs.forget(9);
    expect(await svc.handle({ type: 'tab.state', tabId: 9 }, { kind: 'extension' })).toEqual({ target: null });
  });
});

describe('chooseProtocolToken', () => {
  it('prefers a configured chain with a readable governor, Ethereum first', () => {
    expect(chooseProtocolToken(UNI, [1, 42161])).toMatchObject({ chainId: 1, governor: addr(12) });
    expect(chooseProtocolToken(UNI, [42161])).toEqual({ chainId: 42161, address: addr(11), governor: undefined, protocolName: 'Uniswap' });
    expect(chooseProtocolToken(UNI, [10])).toBeNull();
    const other = { ...UNI, governors: [{ chainId: 1, address: addr(12), kind: 'other' }] };
    expect(chooseProtocolToken(other, [1])?.governor).toBeUndefined();
  });
});
