/**
 * `report token ADDRESS --rpc URL [--governor ADDRESS] [--block N] [--chain-id N] [--json]
 *   [--source auto|logs|blockscout|ethplorer] [--blockscout URL] [--ethplorer-key KEY] [--ethplorer-url URL]
 *   [--snapshot-space ID] [--snapshot-url URL]`:
 * the analysis of one token — chain facts, indexer holder lists verified on-chain, the Snapshot
 * space — with findings and a verdict. Human summary by default; with --json the Report plus
 * `assessment`. Bad input, an unreachable RPC, a wrong chain, not-a-contract and not-an-ERC20
 * print one line and exit 2. A failing indexer or hub never fails the command: it is named in
 * `sources` and its data shows as unknown.
 */
import { formatUnits, isAddress, type Address } from 'viem';
import { InputError, WhaleLensError, oneLine } from '../../errors';
import type { ConcentrationSummary, Report } from '../../report/types';
import { assess, type Assessment } from '../../risk/index';
import { escapeHidden, hiddenWarning } from '../../text/hostile';
import { assessmentLines } from '../../wording/assessmentText';
import { columnPercent as pct, formatDuration } from '../../wording/format';
import { gatherTokenReport, type SourceChoice } from '../../analysis/gatherReport';
import { parseFlags } from '../flags';
import { createChainClient } from '../../chain/createClient';
import { holdersCompleteness } from '../../report/holdersCompleteness';
import { insightLines } from '../insightLines';
import { BlockUnavailableError, NotAContractError, NotAnErc20Error, RpcTimeoutError, RpcUnreachableError, WrongChainError } from '../../chain/errors';

// One line: it is also the `details` of input errors, and stderr gets exactly one line.
const USAGE =
  'usage: report token ADDRESS --rpc URL [--governor ADDRESS] [--block N] [--chain-id N] [--json] ' +
  '[--source auto|logs|blockscout|ethplorer] [--blockscout URL] [--ethplorer-key KEY] [--ethplorer-url URL] ' +
  '[--snapshot-space ID] [--snapshot-url URL]';
const SOURCES: readonly SourceChoice[] = ['auto', 'logs', 'blockscout', 'ethplorer'];
const VALUE_FLAGS = [
  'rpc',
  'governor',
  'block',
  'chain-id',
  'source',
  'blockscout',
  'ethplorer-key',
  'ethplorer-url',
  'snapshot-space',
  'snapshot-url',
];

export interface TokenArgs {
  address: Address;
  rpc: string;
  governor?: Address;
  block?: bigint;
  chainId?: number;
  json: boolean;
  source: SourceChoice;
  blockscoutUrl?: string;
  ethplorerKey?: string;
  ethplorerUrl?: string;
  snapshotSpace?: string;
  snapshotUrl?: string;
}

function httpUrl(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`--${flag} is not a URL: "${value.slice(0, 200)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`--${flag} must be an http(s) URL, got ${url.protocol}`);
  return value;
}

export function parseTokenArgs(argv: string[]): TokenArgs {
  const { positional, flags, switches } = parseFlags(argv, { values: VALUE_FLAGS, switches: ['json'], usage: USAGE });
  const json = switches.has('json');
  if (positional.length !== 1) throw new InputError('give exactly one token ADDRESS', { details: USAGE });
  const address = positional[0]!;
  if (!isAddress(address, { strict: false })) throw new InputError(`not an address: "${address.slice(0, 80)}"`);
  if (!flags.rpc) throw new InputError('--rpc URL is required', { details: USAGE });
  let url: URL;
  try {
    url = new URL(flags.rpc);
  } catch {
    throw new InputError(`not a URL: "${flags.rpc.slice(0, 200)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(`--rpc must be an http(s) URL, got ${url.protocol}`);
  const source = (flags.source ?? 'auto') as SourceChoice;
  if (!SOURCES.includes(source)) throw new InputError(`--source must be one of ${SOURCES.join(', ')}, got "${(flags.source ?? '').slice(0, 40)}"`);
  if (flags.blockscout !== undefined) httpUrl('blockscout', flags.blockscout);
  if (flags['ethplorer-url'] !== undefined) httpUrl('ethplorer-url', flags['ethplorer-url']);
  if (flags['snapshot-url'] !== undefined) httpUrl('snapshot-url', flags['snapshot-url']);
  if (source === 'blockscout' && !flags.blockscout) throw new InputError('--source blockscout needs --blockscout URL (the instance for this chain)');
  if (source === 'logs' && (flags.blockscout || flags['ethplorer-key'] || flags['ethplorer-url'])) {
    throw new InputError('--source logs uses no indexer: drop --blockscout/--ethplorer-*');
  }
  const space = flags['snapshot-space'];
  if (space !== undefined && !/^[a-z0-9][a-z0-9._-]{0,99}$/i.test(space))
    throw new InputError(`--snapshot-space is not a space id: "${space.slice(0, 80)}"`);
  if (flags['snapshot-url'] !== undefined && space === undefined) throw new InputError('--snapshot-url needs --snapshot-space ID');
  if (flags.governor !== undefined && !isAddress(flags.governor, { strict: false })) {
    throw new InputError(`--governor is not an address: "${flags.governor.slice(0, 80)}"`);
  }
  if (flags.block !== undefined && !/^\d+$/.test(flags.block))
    throw new InputError(`--block must be a block number, got "${flags.block.slice(0, 40)}"`);
  if (flags['chain-id'] !== undefined && !/^[1-9]\d{0,15}$/.test(flags['chain-id'])) {
    throw new InputError(`--chain-id must be a positive integer, got "${flags['chain-id'].slice(0, 40)}"`);
  }
  return {
    address: address as Address,
    rpc: flags.rpc,
    governor: flags.governor as Address | undefined,
    block: flags.block !== undefined ? BigInt(flags.block) : undefined,
    chainId: flags['chain-id'] !== undefined ? Number(flags['chain-id']) : undefined,
    json,
    source,
    blockscoutUrl: flags.blockscout,
    ethplorerKey: flags['ethplorer-key'],
    ethplorerUrl: flags['ethplorer-url'],
    snapshotSpace: space,
    snapshotUrl: flags['snapshot-url'],
  };
}

/** Errors that mean "fix your input or your endpoint": exit 2. */
function isUserFacing(err: unknown): boolean {
  return [InputError, RpcUnreachableError, RpcTimeoutError, WrongChainError, NotAContractError, NotAnErc20Error, BlockUnavailableError].some(
    (cls) => err instanceof cls,
  );
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let report: Report;
  try {
    const args = parseTokenArgs(argv);
    const client = createChainClient({ rpcUrl: args.rpc, chainId: args.chainId, timeoutMs: 30_000 });
    report = await gatherTokenReport(client, {
      address: args.address,
      governor: args.governor,
      blockNumber: args.block,
      source: args.source,
      blockscoutUrl: args.blockscoutUrl,
      ethplorerKey: args.ethplorerKey,
      ethplorerUrl: args.ethplorerUrl,
      snapshotSpace: args.snapshotSpace,
      snapshotUrl: args.snapshotUrl,
      onProgress: process.stderr.isTTY ? (p) => process.stderr.write(`\r${p.phase.padEnd(10)} ${Math.round(p.fraction * 100)}%   `) : undefined,
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const a = assess(report);
    const assessment = { verdict: a.verdict, summary: a.summary, findings: a.findings, gaps: a.gaps };
    if (args.json) console.log(JSON.stringify({ ...report, assessment }, null, 2));
    else console.log(formatReport(report, a).join('\n'));
    return 0;
  } catch (err) {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    console.error(`report token: ${oneLine(err)}`);
    return isUserFacing(err) || !(err instanceof WhaleLensError) ? 2 : 1;
  }
}

const duration = (seconds: number) => formatDuration(seconds, 'en');

function amount(raw: string, decimals: number, symbol: string): string {
  const [int, frac = ''] = formatUnits(BigInt(raw), decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${frac ? `.${frac.slice(0, 4)}` : ''} ${symbol}`.trim();
}

function concentration(name: string, s: ConcentrationSummary): string {
  return `  ${name.padEnd(12)} holders ${s.holders}  gini ${s.gini.toFixed(3)}  nakamoto ${s.nakamoto}  top1 ${pct(s.top1)}  top10 ${pct(s.top10)}  top100 ${pct(s.top100)}`;
}

export function formatReport(r: Report, assessment: Assessment = assess(r)): string[] {
  // Name and symbol come from the chain: bidi and control characters are printed as "[U+202E]".
  const t = { ...r.token, name: escapeHidden(r.token.name), symbol: escapeHidden(r.token.symbol) };
  const out: string[] = [];
  out.push(`${t.name || '(no name)'} (${t.symbol || '?'})  ${t.address}  chain ${r.chainId}`);
  const warning = hiddenWarning(r.token.name + r.token.symbol);
  if (warning) out.push(`  warning: the name or symbol ${warning.charAt(0).toLowerCase()}${warning.slice(1)}`);
  out.push(`  block ${r.block.number} (${new Date(r.block.timestamp * 1000).toISOString()})  supply ${amount(t.totalSupply, t.decimals, t.symbol)}`);

  const h = r.holders;
  out.push('', `Holders${h ? ` — ${h.count} from ${h.source}${h.complete ? '' : ' (incomplete)'}` : ': unknown'}`);
  if (h) {
    out.push(concentration('raw', h.raw), concentration('circulating', h.circulating));
    for (const [i, e] of h.top.slice(0, 10).entries()) {
      const label = e.label ? `  ${e.label.name} [${e.label.category}]` : '';
      const excluded = e.excludedAs ? `  (not circulating: ${e.excludedAs})` : '';
      out.push(
        `  ${String(i + 1).padStart(2)}. ${e.address}  ${pct(e.share).padStart(6)}  ${e.kind.padEnd(8)} ${amount(e.balance, t.decimals, t.symbol)}${label}${excluded}`,
      );
    }
    for (const m of h.mismatches ?? []) out.push(`  ! ${m.address}: logs/indexer said ${m.reported}, chain says ${m.onChain}`);
    for (const line of holdersCompleteness(h)) out.push(`  ! ${line}`);
  }

  const c = r.control;
  out.push('', `Control${c ? '' : ': unknown'}`);
  if (c) {
    const o = c.owner;
    const safe = o.safe ? ` Safe ${o.safe.threshold}-of-${o.safe.owners.length}` : '';
    const lock = o.timelock ? ` timelock ${duration(o.timelock.minDelay)}` : '';
    out.push(`  owner ${o.address ?? '—'} (${o.kind}${safe}${lock})`);
    if (c.proxy)
      out.push(
        `  proxy ${c.proxy.standard} → ${c.proxy.implementation}${c.proxy.admin ? `, admin ${c.proxy.admin} (${c.proxy.adminKind ?? '?'})` : ''}`,
      );
    for (const p of c.privileges)
      out.push(
        `  ${p.name.padEnd(10)} held by ${p.heldBy ?? '—'} (${p.holderDetail ?? (p.holderKind === 'unknown' ? 'unknown holder' : p.holderKind)})`,
      );
    if (c.pendingOwner) out.push(`  pending owner ${c.pendingOwner.address} (${c.pendingOwner.kind}) can accept ownership`);
    for (const m of c.minters ?? [])
      out.push(`  minter ${m.holder.address} (${m.holder.kind}) allowance ${amount(m.allowance, t.decimals, t.symbol)}`);
    for (const x of c.masterMinterControllers ?? [])
      out.push(`  master minter controller ${x.controller.address} (${x.controller.kind}) sets the allowance of ${x.worker}`);
    for (const f of c.activeFees ?? []) out.push(`  fee now ${f.getter} = ${f.value}`);
    if (c.deprecated) out.push(`  deprecated: every call is forwarded to ${c.deprecated.upgradedAddress ?? 'an unknown contract'}`);
    for (const b of c.takeBack ?? []) {
      const when = b.after ? ` (from ${new Date(b.after * 1000).toISOString()})` : '';
      out.push(`  ! can take control back: ${b.who ?? 'unknown holder'} — ${b.how}${when}`);
    }
  }

  const g = r.governance;
  if (g || r.sources.some((s) => s.section === 'governance')) {
    out.push('', `Governance${g ? '' : ': unknown'}`);
    if (g) {
      const v = g.votingPower;
      out.push(
        `  ${g.governor} (${g.standard})  quorum ${amount(g.quorum, t.decimals, t.symbol)}  threshold ${amount(g.proposalThreshold, t.decimals, t.symbol)}`,
      );
      out.push(`  timelock ${g.timelock ?? '—'}  delay ${g.timelockDelay === null ? 'none' : duration(g.timelockDelay)}`);
      out.push(
        `  delegates ${v.delegates}  to reach quorum ${v.delegatesToQuorum ?? 'impossible'}  to reach threshold ${v.delegatesToThreshold ?? 'impossible'}  top1 ${pct(v.top1)}`,
      );
      if (g.thresholdComparison)
        out.push(`  a proposer needs ${g.thresholdComparison === '>' ? 'more than' : 'at least'} the threshold; quorum counts at ≥`);
      if (g.discovered)
        out.push(
          `  found through the token's ${g.discovered.via === 'admin-role' ? 'admin role holder' : g.discovered.via}: ${g.discovered.path.join(' → ')}`,
        );
    }
  }
  const d = r.delegation;
  if (d) {
    const v = d.votingPower;
    out.push('', 'Delegated votes (no governor found)');
    out.push(
      `  delegated ${pct(d.delegatedShare)} of supply  delegates ${v.delegates}  nakamoto ${v.nakamoto}  top1 ${pct(v.top1)}  (re-read with ${d.getter})`,
    );
  }

  const l = r.liquidity;
  out.push('', `Liquidity${l ? (l.pools.length ? '' : ': no pools found') : ': unknown'}`);
  for (const p of l?.pools ?? []) {
    const lp = p.lp ? `  LP top1 ${pct(p.lp.top1)} (${p.lp.top1Kind ?? '?'}), burned/locked ${pct(p.lp.burnedOrLocked)}` : '';
    out.push(
      `  ${p.dex} ${p.version} ${p.address} vs ${p.pairedWith.symbol !== undefined ? escapeHidden(p.pairedWith.symbol) : p.pairedWith.address}  reserves ${amount(p.reserves[0], t.decimals, t.symbol)} / ${p.reserves[1]} (base units)${lp}`,
    );
  }

  const s = r.snapshot;
  if (s || r.sources.some((x) => x.section === 'snapshot')) {
    out.push('', `Snapshot${s ? ` — ${s.name ?? s.space}` : ': unknown'}`);
    if (s) {
      out.push(
        `  space ${s.space}  admins ${s.admins.length}  strategies ${s.strategies.join(', ') || '—'}${s.quorum ? `  quorum ${s.quorum}` : ''}`,
      );
      for (const p of s.proposals.slice(0, 5)) {
        const bound = p.complete === false ? '≥' : '';
        out.push(
          `  ${p.id.slice(0, 14)}…  voters ${p.voters}  top1 ${pct(p.top1)}  voters to pass ${bound}${p.minCoalition}${p.quorumReached === false ? '  (quorum not reached)' : ''}`,
        );
      }
    }
  }

  out.push(...insightLines(r));

  out.push('', ...assessmentLines(assessment));

  out.push('', 'Sources');
  for (const s of r.sources) out.push(`  ${s.section.padEnd(11)} ${s.source.padEnd(10)} ${s.ok ? 'ok' : 'FAILED'}${s.error ? `  ${s.error}` : ''}`);
  return out;
}
