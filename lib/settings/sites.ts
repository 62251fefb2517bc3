/**
 * Per-site choices, read the same way by the background, the guard and the popup. Pure.
 *
 * Three different things, on purpose:
 * - the badge hidden on a site (`dismissedSites`, the badge's ×): only the in-page badge;
 * - the pre-sign warnings off on a site (`guardOffSites`): an explicit switch in the popup/Options;
 * - a token not warned about on one site (`siteDismissedTokens`): the in-page dialog's choice,
 *   which never reaches other sites (only the popup dismisses a token everywhere).
 */
import type { Settings } from './types';
import { tokenKey } from '../tokens/tokenRef';
import { siteHost } from './siteHost';

const has = (list: readonly string[] | undefined, host: string) => (list ?? []).some((h) => siteHost(h) === siteHost(host));

export function badgeHiddenOn(settings: Pick<Settings, 'dismissedSites'>, host: string): boolean {
  return has(settings.dismissedSites, host);
}

export function guardOffOn(settings: Pick<Settings, 'guardOffSites' | 'disabledSites'>, host: string): boolean {
  return has(settings.guardOffSites, host) || has(settings.disabledSites, host);
}

/** `${site} ${chainId}:${lowercase address}` */
export function siteTokenKey(host: string, chainId: number, address: string): string {
  return `${siteHost(host)} ${tokenKey(chainId, address)}`;
}

export function parseSiteTokenKey(key: string): { site: string; chainId: number; address: string } | null {
  const m = /^(\S+) (\d+):(0x[0-9a-f]{40})$/.exec(key);
  return m ? { site: m[1]!, chainId: Number(m[2]), address: m[3]! } : null;
}

export function tokenDismissedOn(settings: Pick<Settings, 'siteDismissedTokens'>, host: string, chainId: number, address: string): boolean {
  return (settings.siteDismissedTokens ?? []).includes(siteTokenKey(host, chainId, address));
}

/** The tokens dismissed on this site only, as `${chainId}:${address}` keys. */
export function siteDismissals(settings: Pick<Settings, 'siteDismissedTokens'>, host: string): string[] {
  const site = siteHost(host);
  return (settings.siteDismissedTokens ?? [])
    .map(parseSiteTokenKey)
    .filter((k): k is NonNullable<typeof k> => !!k && k.site === site)
    .map((k) => tokenKey(k.chainId, k.address));
}

const without = (list: readonly string[] | undefined, host: string) => (list ?? []).filter((h) => siteHost(h) !== siteHost(host));

export function setGuardOff(settings: Settings, host: string, off: boolean): Settings {
  const rest = without(settings.guardOffSites, host);
  return { ...settings, guardOffSites: off ? [...rest, siteHost(host)] : rest };
}

export function setBadgeHidden(settings: Settings, host: string, hidden: boolean): Settings {
  const rest = without(settings.dismissedSites, host);
  return { ...settings, dismissedSites: hidden ? [...rest, siteHost(host)] : rest };
}

export function setSiteTokenDismissed(settings: Settings, host: string, chainId: number, address: string, dismissed: boolean): Settings {
  const key = siteTokenKey(host, chainId, address);
  const rest = (settings.siteDismissedTokens ?? []).filter((k) => k !== key);
  return { ...settings, siteDismissedTokens: dismissed ? [...rest, key] : rest };
}
