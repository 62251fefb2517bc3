/** The one place that writes to the clipboard (a user gesture is always behind it). */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('Clipboard is not available here');
  await navigator.clipboard.writeText(text);
}
