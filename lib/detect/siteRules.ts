/**
 * Checks a site rule a person types in the options page: "on this hostname, the page is about
 * this token (chain + address) or this protocol". Returns the normalised rule or one readable line.
 */
import { getAddress, isAddress } from 'viem';
import type { SiteRule } from '../settings/types';
import { getProtocol } from '../protocols/index';

export type SiteRuleResult = { ok: true; rule: SiteRule } | { ok: false; error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** "https://Foo.example/path" or "foo.example" → "foo.example"; null when it is not a hostname. */
export function normaliseHostname(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  if (s.includes('://')) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  s = s.replace(/\.$/, '');
  if (s.startsWith('www.')) s = s.slice(4);
  if (s.length > 253) return null;
  const labels = s.split('.');
  if (labels.length < 2 && s !== 'localhost') return null;
  return labels.every((l) => LABEL.test(l)) ? s : null;
}

function fail(error: string): SiteRuleResult {
  return { ok: false, error };
}

export function validateSiteRule(input: unknown): SiteRuleResult {
  if (!input || typeof input !== 'object') return fail('A site rule needs a hostname and a target.');
  const { hostname, target } = input as { hostname?: unknown; target?: unknown };
  if (typeof hostname !== 'string') return fail('Enter the site’s hostname, e.g. app.example.org.');
  const host = normaliseHostname(hostname);
  if (!host) return fail(`"${hostname.slice(0, 80)}" is not a hostname (e.g. app.example.org).`);
  if (!target || typeof target !== 'object') return fail('Choose a token or a protocol for this site.');
  const t = target as { kind?: unknown; chainId?: unknown; address?: unknown; protocolId?: unknown };
  if (t.kind === 'protocol') {
    const id = typeof t.protocolId === 'string' ? t.protocolId.trim().toLowerCase() : '';
    if (!getProtocol(id)) return fail(`Unknown protocol "${String(t.protocolId ?? '').slice(0, 40)}".`);
    return { ok: true, rule: { hostname: host, target: { kind: 'protocol', protocolId: id } } };
  }
  if (t.kind === 'token') {
    const chainId = typeof t.chainId === 'string' ? Number(t.chainId.trim()) : t.chainId;
    if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId) || chainId <= 0) {
      return fail('The chain id must be a positive whole number, e.g. 1 for Ethereum.');
    }
    const address = typeof t.address === 'string' ? t.address.trim() : '';
    // Mixed case must be a valid EIP-55 checksum: a typo in a checksummed address is caught here.
    if (!isAddress(address, { strict: true })) {
      return fail('The token address must be 0x followed by 40 hex digits, with a valid checksum if mixed-case.');
    }
    return { ok: true, rule: { hostname: host, target: { kind: 'token', chainId, address: getAddress(address) } } };
  }
  return fail('The target must be a token or a protocol.');
}

/** Adds or replaces the rule for the same hostname; returns a new list. */
export function upsertSiteRule(rules: readonly SiteRule[], rule: SiteRule): SiteRule[] {
  return [...rules.filter((r) => r.hostname !== rule.hostname), rule];
}
