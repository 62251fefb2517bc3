/** "WWW.Example.com." and "example.com" are the same site: lower-case, trimmed, no trailing dot, no leading "www.". */
export function siteHost(hostname: string): string {
  let h = hostname.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h.startsWith('www.') ? h.slice(4) : h;
}
