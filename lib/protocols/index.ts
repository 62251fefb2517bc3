/**
 * The protocol registry: major DeFi protocols, the hostnames of their apps, their governance
 * tokens per chain and their on-chain governors (or Snapshot space). Every address carries the
 * page it was taken from; addresses we could not confirm are left out and said so in `notes`.
 */
import type { Protocol, ProtocolData } from './types';
import { PROTOCOL_HOSTS, protocolIdForHost } from './hosts';
import { DEXES } from './data/dexes';
import { LENDING } from './data/lending';
import { STAKING } from './data/staking';
import { YIELD } from './data/yield';
import { DERIVATIVES } from './data/derivatives';
import { NETWORKS } from './data/networks';

export type { Protocol } from './types';
export { PROTOCOL_HOSTS } from './hosts';

const DATA: ProtocolData[] = [...DEXES, ...LENDING, ...STAKING, ...YIELD, ...DERIVATIVES, ...NETWORKS];

function hostnamesById(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [host, id] of Object.entries(PROTOCOL_HOSTS)) {
    const list = out.get(id) ?? [];
    list.push(host);
    out.set(id, list);
  }
  return out;
}

const HOSTS_BY_ID = hostnamesById();

export const PROTOCOLS: readonly Protocol[] = Object.freeze(DATA.map((p) => Object.freeze({ ...p, hostnames: HOSTS_BY_ID.get(p.id) ?? [] })));

const BY_ID = new Map(PROTOCOLS.map((p) => [p.id, p]));

export function getProtocol(id: string): Protocol | undefined {
  return BY_ID.get(id);
}

/** Exact hostname, or the same without a leading "www.". */
export function protocolIdForHostname(hostname: string): string | undefined {
  return protocolIdForHost(hostname.toLowerCase());
}

export function protocolForHostname(hostname: string): Protocol | undefined {
  const id = protocolIdForHostname(hostname);
  return id ? BY_ID.get(id) : undefined;
}
