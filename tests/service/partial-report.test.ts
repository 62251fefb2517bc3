/**
 * Findings as they arrive: on a slow public-like endpoint (80 ms a request, 10-block log range
 * cap, so the holder scan takes many round trips) the background pushes the control section's
 * findings before the holder scan ends; the partial verdict is never "ok"; the final report
 * follows with every section.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { startPublicRpc, type PublicRpc } from '../support/public-rpc';
import { deployRiskyWorld, type PublicWorld } from '../support/public-world';
import { BackgroundService } from '../../lib/service/service';
import { chainAnalyzer } from '../../lib/service/analyzer';
import { createMemoryCache } from '../../lib/cache/index';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import type { ProgressEvent, ReportState } from '../../lib/messaging/background-protocol';
import { tokenView } from '../../lib/guard/decide';
import { memorySettings } from './fakes';

let node: AnvilNode;
let world: PublicWorld;
let proxy: PublicRpc;

beforeAll(async () => {
  node = await startAnvil();
  world = await deployRiskyWorld(node, { holders: 30, tailBlocks: 200 });
  proxy = await startPublicRpc(node.rpcUrl, { latencyMs: 80, rangeCap: 10 });
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await node?.stop();
});

describe('partial reports', () => {
  it('the EOA mint key shows before the holder scan ends; never "ok" while partial', async () => {
    const events: { at: number; ev: ProgressEvent }[] = [];
    const settings = memorySettings({
      chains: [...DEFAULT_SETTINGS.chains, { chainId: node.chainId, name: 'Anvil', rpcUrl: proxy.url, blockscoutUrl: '', explorerUrl: '' }],
    });
    const svc = new BackgroundService({
      cache: createMemoryCache(),
      settings,
      analyze: chainAnalyzer(),
      emitProgress: (ev) => events.push({ at: Date.now(), ev }),
    });
    const tab = { kind: 'tab', tabId: 1 } as const;
    const started = Date.now();
    const first = (await svc.handle({ type: 'report.get', chainId: node.chainId, address: world.token, waitMs: 0 }, tab)) as ReportState;
    expect(first.status).toBe('analysing');

    // Asked while the scan runs: the answer carries the finished sections.
    let mid: ReportState | undefined;
    for (let i = 0; i < 200 && !(mid?.status === 'analysing' && mid.partial?.report.control); i++) {
      await new Promise((r) => setTimeout(r, 50));
      mid = (await svc.handle({ type: 'report.get', chainId: node.chainId, address: world.token, waitMs: 0 }, tab)) as ReportState;
    }
    if (mid?.status !== 'analysing' || !mid.partial?.report.control) throw new Error(`no partial report: ${JSON.stringify(mid)?.slice(0, 300)}`);
    const partialAt = Date.now() - started;
    const titles = mid.partial.assessment.findings.map((f) => `${f.severity}: ${f.title}`);
    expect(titles).toContain('danger: Owner (an EOA) can mint');
    expect(mid.partial.report.holders).toBeUndefined();
    expect(mid.partial.assessment.verdict).not.toBe('ok');
    // The pre-sign dialog: a danger found early is danger.
    const view = tokenView([{ chainId: node.chainId, token: world.token } as never], mid);
    expect(view.status).toBe('danger');

    const done = (await svc.handle({ type: 'report.get', chainId: node.chainId, address: world.token, waitMs: 120_000 }, tab)) as ReportState;
    if (done.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(done).slice(0, 300)}`);
    const doneAt = Date.now() - started;
    expect(done.report.holders).toBeDefined();

    // Pushed to listeners too: the first event with a partial comes before the last holders event.
    const firstPartial = events.findIndex((e) => e.ev.progress.partial?.report.control);
    const lastHolders = events.map((e) => e.ev.progress.phase).lastIndexOf('holders');
    expect(firstPartial).toBeGreaterThanOrEqual(0);
    expect(firstPartial).toBeLessThan(lastHolders);
    expect(events.some((e) => e.ev.progress.partial && e.ev.progress.partial.assessment.verdict === 'ok')).toBe(false);
    expect(partialAt).toBeLessThan(doneAt);
    console.log(`partial after ${partialAt} ms, report after ${doneAt} ms (${proxy.stats.httpRequests} HTTP requests)`);
  }, 180_000);
});
