/**
 * Sets the extension up the way a person would in Options: a custom chain 31337 with the local
 * RPC, and one site rule per token hostname. Written through the service worker's storage.
 */
import type { Worker } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';
import type { ChainSettings, Settings, SiteRule } from '../../lib/settings/types';
import type { DemoWorld } from './world';

export const DEMO_CHAIN_NAME = 'Anvil (demo)';

export function demoSettings(world: DemoWorld, rpcUrl: string, chainId = 31337): Settings {
  const chain: ChainSettings = { chainId, name: DEMO_CHAIN_NAME, rpcUrl, blockscoutUrl: '', explorerUrl: '', custom: true };
  const siteRules: SiteRule[] = Object.values(world.tokens).map((t) => ({
    hostname: `${t.key}.localhost`,
    target: { kind: 'token', chainId, address: t.address },
  }));
  return { ...DEFAULT_SETTINGS, chains: [...DEFAULT_SETTINGS.chains, chain], siteRules };
}

export async function configureExtension(worker: Worker, settings: Settings): Promise<void> {
  await worker.evaluate(async (s) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ settings: s });
  }, settings);
}
