/**
 * The project's import graph, read from the sources: every relative import, re-export, dynamic
 * import() and require() of the product folders, resolved to a file. Type-only imports count too:
 * a type still ties one folder to another.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folders whose code ships or runs as the product (the CLI included); tests and scripts sit outside. */
export const PRODUCT_DIRS = ['entrypoints', 'components', 'lib'];

export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return filesUnder(p);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Module specifiers a source imports (static, re-export, side-effect, dynamic with a literal, require). */
export function specifiersOf(source: string): string[] {
  const code = stripComments(source);
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?[\s\S]*?\s*from\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of code.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) out.push(m[1]);
  for (const m of code.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]);
  return out;
}

/** A relative specifier resolved to a project file (root-relative, forward slashes), or undefined for packages. */
export function resolveImport(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return hit ? relative(ROOT, hit).split('\\').join('/') : undefined;
}

export interface ImportEdge {
  from: string;
  to: string;
}

/** Every edge between product files. */
export function productImportGraph(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const dir of PRODUCT_DIRS) {
    for (const file of filesUnder(join(ROOT, dir))) {
      const from = relative(ROOT, file).split('\\').join('/');
      for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
        const to = resolveImport(file, spec);
        if (to && to !== from) edges.push({ from, to });
      }
    }
  }
  return edges;
}
