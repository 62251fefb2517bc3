import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What every popup view needs to format and link: the person's locale and the chain's explorer. */
export interface DisplayContext {
  locale?: string;
  explorerUrl?: string;
  /** Decimals of the token on screen, for amounts given in base units. */
  decimals: number;
  /** Milliseconds; injectable so views render the same in tests. */
  now: number;
}

export const Display = createContext<DisplayContext>({ decimals: 18, now: Date.now() });

export function useDisplay(): DisplayContext {
  return useContext(Display);
}
