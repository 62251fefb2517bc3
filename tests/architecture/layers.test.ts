/**
 * The import graph follows the layers written in ./layers.ts and has no cycles. A failure names the
 * file, the import and the arrow it breaks; fix the import (move the type or function to the layer
 * that owns it) rather than widening ALLOWED.
 */
import { describe, expect, it } from 'vitest';
import { cyclesOf } from './cycles';
import { productImportGraph, resolveImport, specifiersOf, ROOT } from './imports';
import { ALLOWED, KNOWN_CYCLES, KNOWN_EXCEPTIONS, allowed, importAllowed, layerOf } from './layers';

const edges = productImportGraph();
const key = (e: { from: string; to: string }) => `${e.from} -> ${e.to}`;

describe('architecture: layers', () => {
  it('the checker reads imports and finds layers', () => {
    expect(
      specifiersOf(`import type { A } from '../report/types';\nexport * from './x';\nconst m = await import('./y');\n// import z from './z';`),
    ).toEqual(['../report/types', './x', './y']);
    expect(resolveImport(`${ROOT}lib/risk/engine.ts`, '../report/types')).toBe('lib/report/types.ts');
    expect(resolveImport(`${ROOT}lib/risk/engine.ts`, 'viem')).toBeUndefined();
    expect(layerOf('lib/chain/holders/collectHolders.ts')).toBe('lib/chain');
    expect(layerOf('lib/errors.ts')).toBe('lib/errors');
    expect(layerOf('components/popup/Popup.tsx')).toBe('components');
    expect(allowed('lib/risk', 'lib/report')).toBe(true);
    expect(allowed('lib/report', 'lib/risk')).toBe(false);
    expect(allowed('entrypoints', 'lib/service')).toBe(true);
    expect(allowed('components', 'lib/chain')).toBe(false);
    expect(importAllowed('lib/sources/types.ts', 'lib/chain/holders/holderSource.ts')).toBe(true);
    expect(importAllowed('lib/sources/types.ts', 'lib/chain/holders/collectHolders.ts')).toBe(false);
    expect(edges.length).toBeGreaterThan(300);
  });

  it('every layer that exists is written in ALLOWED', () => {
    const unknown = [...new Set(edges.flatMap((e) => [layerOf(e.from), layerOf(e.to)]))].filter((l) => !(l in ALLOWED));
    expect(unknown).toEqual([]);
  });

  it('no import crosses the layers the wrong way', () => {
    const known = new Set(KNOWN_EXCEPTIONS.map(key));
    const wrong = edges
      .filter((e) => !importAllowed(e.from, e.to) && !known.has(key(e)))
      .map((e) => `${key(e)} (${layerOf(e.from)} may not import ${layerOf(e.to)})`);
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('every known exception still happens (the list only shrinks)', () => {
    const present = new Set(edges.filter((e) => !importAllowed(e.from, e.to)).map(key));
    expect(KNOWN_EXCEPTIONS.map(key).filter((k) => !present.has(k))).toEqual([]);
  });

  it('the import graph has no cycles', () => {
    const found = cyclesOf(edges);
    const known = new Set(KNOWN_CYCLES.map((c) => [...c].sort().join(' ')));
    expect(found.filter((c) => !known.has(c.join(' ')))).toEqual([]);
    const present = new Set(found.map((c) => c.join(' ')));
    expect([...known].filter((c) => !present.has(c))).toEqual([]);
  });

  it('the cycle finder finds cycles', () => {
    expect(
      cyclesOf([
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
        { from: 'c', to: 'd' },
      ]),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      cyclesOf([
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
      ]),
    ).toEqual([]);
  });
});
