/**
 * The whole demo, for `npm start` and the end-to-end journeys alike: Anvil at a fixed genesis
 * time, the demo world, the dapp on loopback, Chromium with the extension configured for the
 * local chain. `close()` stops everything it started, in reverse order.
 */
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, type Clients } from '../support/chain';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/browser';
import { configureExtension, demoSettings } from './configure-extension';
import { startDemoDapp, type DemoDapp } from './dapp-server';
import { pickPort } from './ports';
import { startRpcProxy, type RpcProxy } from './rpc-proxy';
import { deployDemoWorld, DEMO_USER, GENESIS_TIMESTAMP, type DemoWorld } from './world';

export interface DemoOptions {
  extensionDir: string;
  /** Preferred ports (0 or undefined: any free port). */
  anvilPort?: number;
  dappPort?: number;
  headless?: boolean;
  /** Put a recording, switchable proxy between the extension and Anvil (tests). */
  proxy?: boolean;
  say?: (line: string) => void;
}

export interface DemoSession {
  anvil: AnvilNode;
  c: Clients;
  world: DemoWorld;
  dapp: DemoDapp;
  proxy: RpcProxy | null;
  /** The RPC URL the extension was given. */
  extensionRpc: string;
  b: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startDemo(opts: DemoOptions): Promise<DemoSession> {
  const say = opts.say ?? (() => undefined);
  const stops: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    stops.length = 0;
  };
  try {
    const anvil = await startAnvil({ port: await pickPort(opts.anvilPort, 'Anvil or node', say), timestamp: GENESIS_TIMESTAMP });
    stops.push(() => anvil.stop());
    const c = clientsFor(anvil);
    const world = await deployDemoWorld(c);
    const proxy = opts.proxy ? await startRpcProxy(anvil.rpcUrl) : null;
    if (proxy) stops.push(() => proxy.close());
    const dapp = await startDemoDapp(world, { rpcUrl: anvil.rpcUrl, account: DEMO_USER.address }, await pickPort(opts.dappPort, 'server', say));
    stops.push(() => dapp.close());
    const b = await launchWithExtension({ extensionDir: opts.extensionDir, headless: opts.headless, hostRules: ['MAP *.localhost 127.0.0.1'] });
    stops.push(() => b.close());
    const extensionRpc = proxy?.url ?? anvil.rpcUrl;
    await configureExtension(b.worker, demoSettings(world, extensionRpc, anvil.chainId));
    return { anvil, c, world, dapp, proxy, extensionRpc, b, close };
  } catch (err) {
    await close();
    throw err;
  }
}
