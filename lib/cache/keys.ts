/** One key format for reports, dismissals and labels: `${chainId}:${lowercase address}`. */
export function reportKey(chainId: number, address: string): string {
  return `${chainId}:${address.toLowerCase()}`;
}
