/**
 * Badge styles, injected into the badge's own shadow root (after WXT's `:host{all:initial}`
 * reset), so the site's CSS cannot reach it and ours cannot leak out.
 */
export const BADGE_CSS = `
:host { color-scheme: light dark; }
.wl-badge {
  --wl-bg: #ffffff; --wl-fg: #1d2430; --wl-muted: #5b6472; --wl-border: #d5dae1;
  --wl-ok: #1f8a4c; --wl-caution: #b26a00; --wl-danger: #c62828; --wl-unknown: #6b7280; --wl-analysing: #3b6fd8; --wl-error: #8e44ad;
  position: fixed; left: 12px; bottom: 12px; z-index: 2147483646;
  max-width: min(360px, calc(100vw - 24px));
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--wl-fg); background: var(--wl-bg);
  border: 1px solid var(--wl-border); border-left: 4px solid var(--wl-accent, var(--wl-unknown));
  border-radius: 10px; box-shadow: 0 2px 10px rgba(0,0,0,.18);
  transition: box-shadow .15s ease;
}
@media (prefers-color-scheme: dark) {
  .wl-badge { --wl-bg: #1b1f27; --wl-fg: #e8ebf0; --wl-muted: #a3acb9; --wl-border: #39404c;
    --wl-ok: #4cc47f; --wl-caution: #f0a93b; --wl-danger: #ff6b6b; --wl-unknown: #9aa3af; --wl-analysing: #7aa2ff; --wl-error: #c792ea; }
}
.wl-ok { --wl-accent: var(--wl-ok); }
.wl-caution { --wl-accent: var(--wl-caution); }
.wl-danger { --wl-accent: var(--wl-danger); }
.wl-unknown { --wl-accent: var(--wl-unknown); }
.wl-analysing { --wl-accent: var(--wl-analysing); }
.wl-error { --wl-accent: var(--wl-error); }
.wl-pill { display: flex; align-items: center; gap: 6px; padding: 4px 4px 4px 8px; }
.wl-dot { flex: none; width: 10px; height: 10px; border-radius: 50%; background: var(--wl-accent); }
.wl-mark { flex: none; display: block; }
.wl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
button { font: inherit; color: inherit; background: none; border: 0; cursor: pointer; border-radius: 6px; }
button:focus-visible { outline: 2px solid var(--wl-analysing); outline-offset: 1px; }
.wl-toggle { flex: 1; min-width: 0; text-align: left; padding: 2px 4px; }
.wl-line { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.wl-close { flex: none; width: 24px; height: 24px; color: var(--wl-muted); font-size: 16px; line-height: 1; }
.wl-close:hover, .wl-toggle:hover { background: rgba(127,127,127,.14); }
.wl-progress { height: 3px; margin: 0 8px 6px; background: rgba(127,127,127,.2); border-radius: 2px; overflow: hidden; }
.wl-bar { height: 100%; background: var(--wl-analysing); transition: width .3s ease; }
.wl-details { padding: 0 10px 8px; max-height: 50vh; overflow: auto; border-top: 1px solid var(--wl-border); }
.wl-title { font-weight: 600; margin: 6px 0; overflow-wrap: anywhere; }
.wl-findings { margin: 0; padding-left: 18px; }
.wl-finding { margin: 4px 0 6px; overflow-wrap: anywhere; }
.wl-sev { font-size: 11px; text-transform: uppercase; font-weight: 700; }
.wl-sev-danger .wl-sev { color: var(--wl-danger); }
.wl-sev-caution .wl-sev { color: var(--wl-caution); }
.wl-sev-info .wl-sev { color: var(--wl-muted); }
.wl-evidence { margin: 2px 0 0; padding-left: 14px; color: var(--wl-muted); font-size: 12px; }
.wl-tech { font: 11px ui-monospace, monospace; list-style: none; }
.wl-note, .wl-empty { color: var(--wl-muted); font-size: 12px; margin: 6px 0 0; }
.wl-retry { text-decoration: underline; padding: 0 2px; }
@media (prefers-reduced-motion: reduce) {
  .wl-badge, .wl-bar { transition: none; }
}
`;
