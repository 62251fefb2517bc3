/**
 * `report detect URL [--rule host=chainId:0xADDRESS | host=protocolId]...`: what the extension
 * would detect on that URL, as one line of JSON (or `null`).
 */
import { InputError } from '../../errors';
import { detectTarget } from '../../detect/index';
import { validateSiteRule } from '../../detect/siteRules';
import { getProtocol } from '../../protocols/index';
import type { SiteRule } from '../../settings/types';

const USAGE = 'usage: report detect URL [--rule HOST=CHAIN_ID:ADDRESS | HOST=PROTOCOL_ID]...';

function parseRule(spec: string): SiteRule {
  const eq = spec.indexOf('=');
  if (eq < 1) throw new InputError(`bad --rule "${spec}"`, { details: USAGE });
  const hostname = spec.slice(0, eq);
  const value = spec.slice(eq + 1);
  const colon = value.indexOf(':');
  const target =
    colon > 0 ? { kind: 'token', chainId: value.slice(0, colon), address: value.slice(colon + 1) } : { kind: 'protocol', protocolId: value };
  const res = validateSiteRule({ hostname, target });
  if (!res.ok) throw new InputError(`bad --rule "${spec}": ${res.error}`);
  return res.rule;
}

export function describeDetection(url: string, rules: SiteRule[] = []): object | null {
  const t = detectTarget(url, rules);
  if (!t) return null;
  if (t.kind === 'token') return { chainId: t.chainId, address: t.address };
  const p = getProtocol(t.protocolId);
  return { protocolId: t.protocolId, name: p?.name ?? null };
}

export async function run(argv: string[]): Promise<number> {
  const rules: SiteRule[] = [];
  const urls: string[] = [];
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--rule') rules.push(parseRule(argv[++i] ?? ''));
      else if (a.startsWith('--rule=')) rules.push(parseRule(a.slice(7)));
      else if (a === '--help' || a === '-h') {
        console.log(USAGE);
        return 0;
      } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}`, { details: USAGE });
      else urls.push(a);
    }
    if (urls.length !== 1) throw new InputError('give exactly one URL', { details: USAGE });
    if (!URL.canParse(urls[0]!)) throw new InputError(`not a URL: "${urls[0]!.slice(0, 200)}"`);
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`report detect: ${err.message}`);
      return 2;
    }
    throw err;
  }
  console.log(JSON.stringify(describeDetection(urls[0]!, rules)));
  return 0;
}
