/** Checks for what a person types in the options page: each returns a value or one readable line. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** What each kind of endpoint looks like, for placeholders and error messages. */
export const ENDPOINT_EXAMPLES = {
  rpc: 'https://ethereum-rpc.publicnode.com',
  blockscout: 'https://eth.blockscout.com',
  explorer: 'https://etherscan.io',
  snapshot: 'https://hub.snapshot.org/graphql',
} as const;

/** An http(s) endpoint; '' allowed only where a service is optional. */
export function parseEndpoint(input: string, what: string, optional = false, example: string = ENDPOINT_EXAMPLES.rpc): Parsed<string> {
  const value = input.trim();
  if (!value) return optional ? ok('') : fail(`Enter the ${what}; it is required.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(`The ${what} must be a full URL, for example ${example}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return fail(`The ${what} must start with https:// (or http:// for a node on this computer).`);
  if (url.username || url.password) return fail(`The ${what} must not contain a user name or password.`);
  return ok(value.replace(/\/+$/, ''));
}

export function parseChainId(input: string): Parsed<number> {
  const value = input.trim();
  if (!/^\d+$/.test(value)) return fail('The chain ID must be a whole number, for example 10 for OP Mainnet.');
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) return fail('The chain ID must be a whole number above 0.');
  return ok(n);
}

/** API keys are opaque tokens: printable, no spaces, bounded. */
export function parseApiKey(input: string, what: string): Parsed<string | undefined> {
  const value = input.trim();
  if (!value) return ok(undefined);
  if (value.length > 256) return fail(`The ${what} is too long; keys have at most 256 characters.`);
  if (!/^[\x21-\x7e]+$/.test(value)) return fail(`The ${what} may only contain letters, digits and symbols, without spaces.`);
  return ok(value);
}

export type ThresholdUnit = 'share' | 'count' | 'hours' | 'days';

/** Reads a threshold as typed (percent, count, hours, days) and returns it in stored units. */
export function parseThreshold(input: string, unit: ThresholdUnit, what: string): Parsed<number> {
  const value = input.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return fail(`${what} must be a number, for example 50.`);
  const n = Number(value);
  switch (unit) {
    case 'share':
      return n > 0 && n <= 100 ? ok(n / 100) : fail(`${what} must be a percentage between 0 and 100.`);
    case 'count':
      return Number.isInteger(n) && n >= 1 && n <= 1000 ? ok(n) : fail(`${what} must be a whole number from 1 to 1000.`);
    case 'hours':
      return n <= 24 * 365 ? ok(Math.round(n * 3600)) : fail(`${what} must be at most a year.`);
    case 'days':
      return n <= 3650 ? ok(Math.round(n * 86_400)) : fail(`${what} must be at most ten years.`);
  }
}

/** A stored threshold shown in the unit it is typed in. */
export function thresholdInput(value: number, unit: ThresholdUnit): string {
  const shown = unit === 'share' ? value * 100 : unit === 'hours' ? value / 3600 : unit === 'days' ? value / 86_400 : value;
  return String(Math.round(shown * 1000) / 1000);
}
