/** Address checks for anything that becomes a link: only a well-formed address reaches an href. */
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

export function isAddress(value: unknown): value is `0x${string}` {
  return typeof value === 'string' && ADDRESS.test(value);
}

/** A base URL the person configured, accepted only as http(s) (never javascript:, data:, …). */
export function safeBaseUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** Explorer page of an address, or null when the address or the explorer is not valid. */
export function explorerAddressUrl(explorerUrl: string | undefined, address: string): string | null {
  const base = safeBaseUrl(explorerUrl);
  if (!base || !isAddress(address)) return null;
  return `${base}/address/${address}`;
}
