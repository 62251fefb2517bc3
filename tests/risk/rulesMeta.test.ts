/**
 * The rules as a whole: every rule is documented in lib/risk/README.md, every `requires` path names a
 * field the Report type really has (read from lib/report/types.ts with the TypeScript compiler, so a
 * renamed field cannot leave a rule silently "unknown" forever), and every bar has a default, a row in
 * the README and a sentence in people's words.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, RULES } from '../../lib/risk';
import type { Thresholds } from '../../lib/risk/thresholds';
import { thresholdSentence } from '../../lib/wording/thresholds';

const README = readFileSync(fileURLToPath(new URL('../../lib/risk/README.md', import.meta.url)), 'utf8');
const REPORT_TYPES = fileURLToPath(new URL('../../lib/report/types.ts', import.meta.url));

/** A checker over lib/report/types.ts and a lookup of dotted paths in its `Report` interface. */
function reportPaths(): (path: string) => boolean {
  const program = ts.createProgram([REPORT_TYPES], { strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(REPORT_TYPES)!;
  const decl = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Report');
  if (!decl) throw new Error('lib/report/types.ts has no `interface Report`');
  const root = checker.getTypeAtLocation(decl.name);
  const members = (t: ts.Type): ts.Type[] => {
    const u = checker.getNonNullableType(t);
    return u.isUnion() ? u.types.flatMap(members) : [u];
  };
  return (path) => {
    let types: ts.Type[] = [root];
    for (const segment of path.split('.')) {
      types = types.flatMap(members).flatMap((t) => {
        const prop = checker.getPropertyOfType(t, segment);
        return prop ? [checker.getTypeOfSymbol(prop)] : [];
      });
      if (types.length === 0) return false;
    }
    return true;
  };
}

describe('risk rules: meta', () => {
  it('rule ids are unique and each is documented in lib/risk/README.md', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !README.includes(id))).toEqual([]);
  });

  it('every `requires` path exists in the Report type', () => {
    const has = reportPaths();
    expect(has('holders.circulating.top1')).toBe(true);
    expect(has('holders.circulating.nope')).toBe(false);
    const missing = RULES.flatMap((r) => r.requires.filter((p) => !has(p)).map((p) => `${r.id}: ${p}`));
    expect(missing).toEqual([]);
  });

  it('every bar a rule reads has a default, a README row and a sentence in people’s words', () => {
    const keys = Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[];
    const read = new Set(RULES.flatMap((r) => r.thresholds));
    expect([...read].filter((k) => !(k in DEFAULT_THRESHOLDS))).toEqual([]);
    expect(keys.filter((k) => !README.includes(`\`${k}\``))).toEqual([]);
    for (const name of keys) {
      const sentence = thresholdSentence({ name, value: DEFAULT_THRESHOLDS[name], comparison: '>' });
      expect(sentence, name).not.toContain(name);
      expect(sentence.length, name).toBeGreaterThan(10);
    }
  });

  it('every bar is read by at least one rule', () => {
    const read = new Set(RULES.flatMap((r) => r.thresholds));
    expect(Object.keys(DEFAULT_THRESHOLDS).filter((k) => !read.has(k as keyof Thresholds))).toEqual([]);
  });
});
