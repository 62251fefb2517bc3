/**
 * Is the dialog really in front of the person? Two uses:
 * - click gate: "Continue" counts only when the dialog has been visible and unmoved for
 *   `inputDelayMs` (anti-clickjacking: a page cannot hide it under an overlay, move it under
 *   the pointer, or make the person's click land while it just appeared). Where the browser
 *   has IntersectionObserver v2 (`trackVisibility`, Chromium), "visible" means nothing is drawn
 *   over it — including overlays with `pointer-events: none` — and it is not faded or
 *   transformed; elsewhere it means on screen with a size, plus the same input delay.
 * - hidden watchdog: a dialog kept off screen (inside a display:none box, zero size, removed
 *   over and over) for `hiddenLimitMs`, or covered/faded for `coveredLimitMs` (v2 only), is
 *   reported through `onHidden`, so the request does not wait forever for a choice nobody
 *   can see.
 */
export interface VisibilityGate {
  /** True when a click now may count. */
  accepts(): boolean;
  stop(): void;
}

export interface GateOptions {
  inputDelayMs?: number;
  hiddenLimitMs?: number;
  coveredLimitMs?: number;
  onHidden(): void;
  /** On screen with a size, or not (first call once the observer has looked; then on change). */
  onScreenChange?(onScreen: boolean): void;
}

export const INPUT_DELAY_MS = 500;
export const HIDDEN_LIMIT_MS = 5000;
export const COVERED_LIMIT_MS = 15_000;

type V2Init = IntersectionObserverInit & { trackVisibility?: boolean; delay?: number };
type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };

export function watchVisibility(target: Element, opts: GateOptions): VisibilityGate {
  const inputDelay = opts.inputDelayMs ?? INPUT_DELAY_MS;
  const hiddenLimit = opts.hiddenLimitMs ?? HIDDEN_LIMIT_MS;
  const coveredLimit = opts.coveredLimitMs ?? COVERED_LIMIT_MS;
  const v2 = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  let visibleSince: number | null = null;
  let hiddenSince: number | null = performance.now();
  let coveredSince: number | null = null;
  let rect = '';
  let lastOnScreen: boolean | null = null;
  const where = () => {
    const r = target.getBoundingClientRect();
    return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`;
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const e = entries[entries.length - 1] as V2Entry;
      const onScreen = e.isIntersecting && e.intersectionRatio > 0.99;
      const visible = v2 ? onScreen && e.isVisible === true : onScreen;
      if (visible && visibleSince === null) {
        visibleSince = performance.now();
        rect = where();
      } else if (!visible) visibleSince = null;
      // Off screen or without a box: hidden. Covered or faded (v2 only) counts too, after a
      // longer wait, since an honest page's toast may overlap it for a while.
      if (onScreen !== lastOnScreen) {
        lastOnScreen = onScreen;
        opts.onScreenChange?.(onScreen);
      }
      if (onScreen) hiddenSince = null;
      else hiddenSince ??= performance.now();
      if (visible || !onScreen) coveredSince = null;
      else coveredSince ??= performance.now();
    },
    { threshold: [0, 0.99, 1], ...(v2 ? { trackVisibility: true, delay: 100 } : {}) } as V2Init,
  );
  observer.observe(target);
  // Moved or resized (by the page, or by new content) → the input delay starts again.
  const poll = setInterval(() => {
    const now = where();
    if (now !== rect) {
      rect = now;
      if (visibleSince !== null) visibleSince = performance.now();
    }
    if (!target.isConnected) hiddenSince ??= performance.now();
    const t = performance.now();
    if ((hiddenSince !== null && t - hiddenSince >= hiddenLimit) || (coveredSince !== null && t - coveredSince >= coveredLimit)) {
      clearInterval(poll);
      opts.onHidden();
    }
  }, 100);

  return {
    accepts() {
      if (visibleSince === null || !target.isConnected) return false;
      if (where() !== rect) return false;
      return performance.now() - visibleSince >= inputDelay;
    },
    stop() {
      observer.disconnect();
      clearInterval(poll);
    },
  };
}
