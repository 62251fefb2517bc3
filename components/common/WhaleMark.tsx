/**
 * The Whale Lens mark (a whale's tail inside a lens ring), inline so the badge and the dialog
 * need no extension URL a page could probe. Decorative: the heading next to it carries the name.
 * The same drawing is rasterised to assets/icons/*.png for the toolbar.
 */
export function WhaleMark({ size = 20 }: { size?: number }) {
  return (
    <svg class="wl-mark" width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="28" cy="28" r="21" fill="#0b57d0" />
      <circle cx="28" cy="28" r="21" fill="none" stroke="#ffffff" stroke-width="3" opacity="0.35" />
      <path
        d="M28 42c-1.5-6-4-10-10-13-3-1.5-6-1-7 0 3-4.5 8-6 12-4 2 1 3.5 3 5 5.5 1.5-2.5 3-4.5 5-5.5 4-2 9-.5 12 4-1-1-4-1.5-7 0-6 3-8.5 7-10 13z"
        fill="#ffffff"
      />
      <path d="M43 43l13 13" stroke="#0b57d0" stroke-width="7" stroke-linecap="round" />
    </svg>
  );
}
