/** The CLI's one flag reader: `--name value`, `--name=value` and bare switches; anything else is positional. */
import { InputError } from '../errors';

export interface ParsedFlags {
  positional: string[];
  flags: Record<string, string>;
  switches: Set<string>;
}

export function parseFlags(argv: string[], spec: { values: readonly string[]; switches: readonly string[]; usage: string }): ParsedFlags {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (eq < 0 && spec.switches.includes(name)) {
      switches.add(name);
      continue;
    }
    if (!spec.values.includes(name)) throw new InputError(`unknown option ${a}`, { details: spec.usage });
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || value.startsWith('--')) throw new InputError(`--${name} needs a value`, { details: spec.usage });
    flags[name] = value;
  }
  return { positional, flags, switches };
}
