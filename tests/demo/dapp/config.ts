/** What the demo server tells the dapp page (window.__DEMO): plain JSON, shared by server and page. */
import type { Address } from 'viem';

export interface DemoPageToken {
  key: string;
  symbol: string;
  address: Address;
  story: string;
  /** This token's own page: a *.localhost hostname a site rule maps to the token. */
  url: string;
}

export interface DemoPageConfig {
  tokens: DemoPageToken[];
  router: Address;
  weth: Address;
  /** The token this page is about, or null on the index page. */
  pageToken: string | null;
}
