/** Shadow-root CSS for the dialog; the host is reset by WXT (`all: initial`). Text colours meet WCAG AA in both schemes. */
export const guardDialogCss = `
.wl-guard-backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(10, 14, 20, 0.55);
  display: flex; align-items: center; justify-content: center; font: 14px/1.45 system-ui, sans-serif; }
.wl-guard { background: #fff; color: #111; max-width: 540px; width: calc(100% - 32px); max-height: calc(100% - 32px);
  overflow: auto; border-radius: 12px; padding: 20px 22px; box-shadow: 0 12px 40px rgba(0,0,0,.35); border-top: 6px solid #888;
  box-sizing: border-box; }
.wl-guard-danger { border-top-color: #c62828; }
.wl-guard-caution { border-top-color: #ef8f00; }
.wl-guard-unknown, .wl-guard-pending { border-top-color: #5c6bc0; }
.wl-guard-ok { border-top-color: #2e7d32; }
h2 { font-size: 17px; margin: 0 0 8px; display: flex; gap: 8px; align-items: center; }
h2 svg { flex: none; }
h3 { font-size: 15px; margin: 12px 0 4px; overflow-wrap: anywhere; }
.wl-guard-status { font-size: 12px; text-transform: uppercase; color: #555; margin-left: 6px; }
.wl-guard-lead { margin: 0 0 8px; color: #333; }
ul, ol { margin: 4px 0; padding-left: 20px; }
.wl-guard-reason { margin: 6px 0; }
.wl-guard-sev { font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 0 5px; border-radius: 4px; border: 1px solid currentColor; }
.wl-guard-sev-danger .wl-guard-sev { color: #b3261e; }
.wl-guard-sev-caution .wl-guard-sev { color: #7a4f00; }
.wl-guard-unlimited { font-weight: 700; color: #b71c1c; }
.wl-guard-detail { display: block; color: #444; font-size: 12px; }
.wl-guard-step { display: block; margin-top: 2px; }
.wl-guard-step-label { font-weight: 700; }
.wl-guard-tech { display: block; color: #555; font: 11px ui-monospace, monospace; }
.wl-guard-more { margin: 2px 0 4px 20px; padding: 2px 10px; font-size: 13px; }
.wl-guard-note { color: #444; font-size: 13px; margin: 4px 0; }
.wl-guard-address { color: #555; font: 11px ui-monospace, monospace; word-break: break-all; margin: 4px 0; }
.wl-guard-footer { position: sticky; bottom: -20px; margin: 12px -22px -20px; padding: 8px 22px 16px; background: inherit;
  border-top: 1px solid rgba(127,127,127,.35); }
.wl-guard-dismiss { display: flex; gap: 6px; align-items: center; margin: 0 0 8px; }
.wl-guard-buttons { display: flex; gap: 10px; justify-content: flex-end; flex-wrap: wrap; }
button { font: inherit; padding: 8px 14px; border-radius: 8px; cursor: pointer; border: 1px solid #767676; background: #f4f4f4; color: #111; }
.wl-guard-primary { background: #111; color: #fff; border-color: #111; font-weight: 600; }
button:focus-visible, input:focus-visible { outline: 3px solid #1e88e5; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .wl-guard { background: #1d2026; color: #eee; }
  .wl-guard-lead, .wl-guard-detail, .wl-guard-note, .wl-guard-status, .wl-guard-tech, .wl-guard-address { color: #c4c8cf; }
  .wl-guard-sev-danger .wl-guard-sev { color: #ffb4ab; }
  .wl-guard-sev-caution .wl-guard-sev { color: #f6c35b; }
  .wl-guard-unlimited { color: #ffb4ab; }
  button { background: #2a2e36; color: #eee; }
  .wl-guard-primary { background: #eee; color: #111; border-color: #eee; }
}
`;
