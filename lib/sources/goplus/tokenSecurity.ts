/**
 * GoPlus token security: an EXTERNAL opinion, off by default (GoPlus would learn every token
 * the person looks at). Nothing is sent unless `enabled` is true (settings.goplusEnabled).
 * Its flags are shown as "reported by GoPlus" and never merged into our findings.
 * Values stay GoPlus's strings: "1"/"0" for yes/no, decimal strings for taxes; a missing or
 * empty field means unknown and is left out; a value outside its domain is left out too.
 */
import type { ExternalOpinion } from '../../report/types';
import { InputError } from '../../errors';
import { SourceQueryError, SourceRateLimitedError } from '../errors';
import { pathAddress, Reader } from '../guards';
import { defaultSourceHttp, type SourceHttp } from '../http/sourceHttp';

export const GOPLUS_URL = 'https://api.gopluslabs.io';

const read = new Reader('goplus');

/** Yes/no flags ("1"/"0"). */
export const GOPLUS_BOOLEAN_FLAGS = [
  'is_honeypot',
  'honeypot_with_same_creator',
  'cannot_buy',
  'cannot_sell_all',
  'is_mintable',
  'is_proxy',
  'hidden_owner',
  'can_take_back_ownership',
  'owner_change_balance',
  'is_blacklisted',
  'is_whitelisted',
  'transfer_pausable',
  'trading_cooldown',
  'slippage_modifiable',
  'personal_slippage_modifiable',
  'is_anti_whale',
  'anti_whale_modifiable',
  'selfdestruct',
  'external_call',
  'is_open_source',
  'is_in_dex',
  'is_airdrop_scam',
  'trust_list',
] as const;

/** Numbers as decimal strings (taxes and percents are fractions, e.g. "0.05"). */
export const GOPLUS_NUMBER_FLAGS = [
  'buy_tax',
  'sell_tax',
  'transfer_tax',
  'holder_count',
  'lp_holder_count',
  'owner_percent',
  'creator_percent',
  'total_supply',
] as const;

export const GOPLUS_ADDRESS_FLAGS = ['owner_address', 'creator_address'] as const;

export interface GoPlusConfig {
  /** settings.goplusEnabled: false → no request at all, result null. */
  enabled: boolean;
  url?: string;
  http?: SourceHttp;
  timeoutMs?: number;
}

export function goplusFlags(entry: Record<string, unknown>): Record<string, string> {
  const flags: Record<string, string> = {};
  for (const k of GOPLUS_BOOLEAN_FLAGS) {
    const v = entry[k];
    if (v === '1' || v === '0') flags[k] = v;
  }
  for (const k of GOPLUS_NUMBER_FLAGS) {
    const v = entry[k];
    if (typeof v === 'string' && /^\d{1,78}(\.\d{1,30})?$/.test(v)) flags[k] = v;
  }
  for (const k of GOPLUS_ADDRESS_FLAGS) {
    const v = entry[k];
    if (typeof v === 'string' && /^0x[0-9a-fA-F]{40}$/.test(v)) flags[k] = v;
  }
  return flags;
}

/** GoPlus's opinion of one token; null when disabled or when GoPlus does not know the token. */
export async function goplusTokenSecurity(
  config: GoPlusConfig,
  params: { chainId: number; token: string; signal?: AbortSignal },
): Promise<ExternalOpinion | null> {
  if (!config.enabled) return null;
  const token = pathAddress(params.token);
  if (!Number.isSafeInteger(params.chainId) || params.chainId <= 0) throw new InputError(`not a chain id: ${params.chainId}`);
  const base = (config.url ?? GOPLUS_URL).replace(/\/+$/, '');
  const url = new URL(`${base}/api/v1/token_security/${params.chainId}`);
  url.searchParams.set('contract_addresses', token);
  const res = await (config.http ?? defaultSourceHttp()).request({
    source: 'goplus',
    policy: 'goplus',
    url: url.toString(),
    signal: params.signal,
    timeoutMs: config.timeoutMs,
  });
  const body = read.record(res.body, 'response');
  const code = body.code;
  if (code === 4029) throw new SourceRateLimitedError('goplus');
  // 1 = OK; 2 = partial data (some checks not finished): the flags present are still theirs.
  if (code !== 1 && code !== 2) {
    const message = typeof body.message === 'string' ? body.message.slice(0, 120) : 'error';
    throw new SourceQueryError('goplus', `${message} (code ${typeof code === 'number' ? code : '?'})`);
  }
  if (body.result === null || body.result === undefined) return null;
  const result = read.record(body.result, 'result');
  const entry = result[token] ?? Object.entries(result).find(([k]) => k.toLowerCase() === token)?.[1];
  if (entry === undefined || entry === null) return null;
  const flags = goplusFlags(read.record(entry, 'result entry'));
  if (Object.keys(flags).length === 0) return null;
  return { source: 'goplus', flags };
}
