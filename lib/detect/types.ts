import type { Address } from '../report/types';

/** A token found in a URL; the address is lower-case until ./index.ts checksums it. */
export interface FoundToken {
  chainId: number;
  address: Address;
}

/** The parts of a URL a detector looks at. `path` has no empty segments. */
export interface UrlParts {
  host: string;
  path: string[];
  query: URLSearchParams;
  /** The hash without '#', for hash-routed apps ("/1/simple/swap/ETH/0x…"). */
  hash: string;
}

export type Detector = (url: UrlParts) => FoundToken | null;

/** What a page is about, as found by the detector (never the URL itself). */
export type PageTarget = { kind: 'token'; chainId: number; address: Address } | { kind: 'protocol'; protocolId: string };
