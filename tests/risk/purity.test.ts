import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../lib/risk');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('lib/risk is pure', () => {
  it('imports values only from inside lib/risk (types from report/settings are fine)', () => {
    for (const file of files(root)) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        const [, isType, spec] = m;
        const target = resolve(file, '..', spec);
        const inside = !relative(root, target).startsWith('..');
        expect(isType || inside, `${relative(root, file)} imports ${spec}`).toBeTruthy();
      }
    }
  });
});
