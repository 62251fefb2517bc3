/**
 * Size budgets for every file of a built extension (minified, bytes on disk). The detect content
 * script runs on every http(s) page and stays ≤ 30 KB; what it shows lives in the badge chunk,
 * loaded only on DeFi pages. Every script and stylesheet must fall under one budget, so a new
 * bundle cannot grow unnoticed.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Budget {
  what: string;
  files: RegExp;
  /** The matched files together, in KB (1024 bytes). */
  maxKB: number;
}

export const BUDGETS: Budget[] = [
  { what: 'detect content script (every http(s) page)', files: /^content-scripts\/detect\.js$/, maxKB: 30 },
  { what: 'guard hook (page world, every page)', files: /^content-scripts\/guard-hook\.js$/, maxKB: 12 },
  // The dialog itself is drawn in the guard frame (its own page, below); what stays here is the
  // bridge, decoding, the flow and the frame host (107 KB measured).
  { what: 'guard content script (every page)', files: /^content-scripts\/guard\.js$/, maxKB: 120 },
  // The guard frame's own code (dialog host, visibility gate); loaded only when a check touches a token.
  { what: 'guard dialog frame', files: /^chunks\/guard-frame-[^/]+\.js$/, maxKB: 16 },
  { what: 'badge chunk (DeFi pages only)', files: /^detect-badge\.js$/, maxKB: 88 },
  { what: 'background', files: /^background\.js$/, maxKB: 600 },
  // Shared chunks (the dialog's wording is shared by the popup and the guard frame) count here.
  { what: 'popup and options chunks', files: /^chunks\/(?!guard-frame-)[^/]+\.js$/, maxKB: 168 },
  { what: 'stylesheets', files: /\.css$/, maxKB: 16 },
];

/** Whole package, every file. */
export const TOTAL_MAX_KB = 1024;

export interface BudgetRow extends Budget {
  kb: number;
  matched: string[];
}

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), root) : [relative(root, join(dir, e.name)).split('\\').join('/')],
  );
}

export function measureBundles(dir: string): { rows: BudgetRow[]; uncovered: string[]; totalKB: number } {
  const files = walk(dir);
  const size = (f: string) => statSync(join(dir, f)).size;
  const rows = BUDGETS.map((b) => {
    const matched = files.filter((f) => b.files.test(f));
    return { ...b, matched, kb: matched.reduce((s, f) => s + size(f), 0) / 1024 };
  });
  const uncovered = files.filter((f) => /\.(js|mjs|css)$/.test(f) && !BUDGETS.some((b) => b.files.test(f)));
  return { rows, uncovered, totalKB: files.reduce((s, f) => s + size(f), 0) / 1024 };
}

export function formatBudgets(name: string, rows: BudgetRow[]): string {
  return rows.map((r) => `[budget ${name}] ${r.what}: ${r.kb.toFixed(1)} KB (≤ ${r.maxKB} KB)`).join('\n');
}
