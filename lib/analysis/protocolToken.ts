/**
 * From a protocol page to the token worth analysing: the protocol's governance token on a
 * configured chain (Ethereum first: that is where most governance lives), with its governor.
 */
import type { Address } from '../report/types';

/** The part of lib/protocols' Protocol this service needs. */
export interface ProtocolInfo {
  id: string;
  name: string;
  tokens: { chainId: number; address: Address }[];
  governors?: { chainId: number; address: Address; kind?: string }[];
  snapshotSpace?: string;
}

export interface ProtocolLookup {
  get(id: string): ProtocolInfo | undefined;
  all(): readonly ProtocolInfo[];
}

export interface ChosenToken {
  chainId: number;
  address: Address;
  governor?: Address;
  protocolName: string;
}

/** Governors analyzeToken can read (OZ Governor and Bravo); others would only fail. */
function readableGovernor(p: ProtocolInfo, chainId: number): Address | undefined {
  const g = p.governors?.find((x) => x.chainId === chainId && (x.kind === undefined || x.kind === 'oz-governor' || x.kind === 'governor-bravo'));
  return g?.address;
}

export function chooseProtocolToken(p: ProtocolInfo, configuredChains: number[]): ChosenToken | null {
  const candidates = p.tokens.filter((t) => configuredChains.includes(t.chainId));
  if (!candidates.length) return null;
  const rank = (t: { chainId: number }) => (readableGovernor(p, t.chainId) ? 0 : 2) + (t.chainId === 1 ? 0 : 1);
  const best = [...candidates].sort((a, b) => rank(a) - rank(b))[0]!;
  return { chainId: best.chainId, address: best.address, governor: readableGovernor(p, best.chainId), protocolName: p.name };
}

/** The Snapshot space of the protocol that lists this token, if any (its off-chain votes). */
export function snapshotSpaceForToken(lookup: ProtocolLookup | undefined, chainId: number, address: string): string | undefined {
  if (!lookup) return undefined;
  const a = address.toLowerCase();
  for (const p of lookup.all()) {
    if (p.snapshotSpace && p.tokens.some((t) => t.chainId === chainId && t.address.toLowerCase() === a)) return p.snapshotSpace;
  }
  return undefined;
}

/** The governor of the protocol that lists this token, if any (token pages deserve governance too). */
export function governorForToken(lookup: ProtocolLookup | undefined, chainId: number, address: string): Address | undefined {
  if (!lookup) return undefined;
  const a = address.toLowerCase();
  for (const p of lookup.all()) {
    if (p.tokens.some((t) => t.chainId === chainId && t.address.toLowerCase() === a)) return readableGovernor(p, chainId);
  }
  return undefined;
}
