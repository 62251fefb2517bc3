import type { Address } from '../report/types';

/** Where an address was taken from: an official docs / deployments page URL. */
export interface ProtocolToken {
  chainId: number;
  address: Address;
  symbol: string;
  source: string;
}

export interface ProtocolGovernor {
  chainId: number;
  address: Address;
  kind: 'oz-governor' | 'governor-bravo' | 'other';
  timelock?: Address;
  source: string;
}

export interface Protocol {
  /** Lower-case id, e.g. 'uniswap'. */
  id: string;
  name: string;
  /** Lower-case hostnames of the protocol's apps (unique across protocols). */
  hostnames: string[];
  tokens: ProtocolToken[];
  governors?: ProtocolGovernor[];
  /** Off-chain voting, e.g. 'aavedao.eth'. */
  snapshotSpace?: string;
  /** What is deliberately left out (an address we could not confirm) and why. */
  notes?: string;
}

/** A protocol as written in ./data: hostnames live in ./hosts.ts so the content script stays small. */
export type ProtocolData = Omit<Protocol, 'hostnames'>;
