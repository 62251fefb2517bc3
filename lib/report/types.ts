/**
 * The Report: everything Whale Lens knows about one token at one block.
 * It crosses every boundary (worker ↔ popup ↔ page, IndexedDB, CLI JSON), so it
 * holds only JSON-safe values: token amounts are decimal strings of base units
 * (exact, up to 2^256−1), shares are fractions 0–1, addresses are checksummed.
 */
export const REPORT_SCHEMA_VERSION = 1;

export type Hex = `0x${string}`;
export type Address = `0x${string}`;
/** Decimal string of an integer amount in base units, e.g. "1000000000000000000". */
export type Amount = string;

/** Label categories, also the reasons a holder is left out of circulating supply. */
export type LabelCategory = 'burn' | 'dex' | 'bridge' | 'cex' | 'locker' | 'treasury' | 'multisig' | 'sanctioned' | 'other';

export type AddressKind = 'eoa' | 'safe' | 'timelock' | 'contract' | 'unknown';

/** Where a number came from: the user sees this next to every section. */
export type SourceName = 'logs' | 'blockscout' | 'ethplorer' | 'snapshot' | 'goplus' | 'rpc' | 'csv';

export interface ConcentrationSummary {
  holders: number;
  total: Amount;
  gini: number;
  hhi: number;
  nakamoto: number;
  top1: number;
  top5?: number;
  top10: number;
  top20?: number;
  top50?: number;
  top100: number;
  /** ≤101 points [cumulative share of holders, cumulative share of supply], poorest first. */
  lorenz?: [number, number][];
}

export interface HolderEntry {
  address: Address;
  balance: Amount;
  /** Share of raw total (all holders). */
  share: number;
  kind: AddressKind;
  label?: { name: string; category: LabelCategory };
  /** Set when the holder is left out of the circulating view, with the reason. */
  excludedAs?: LabelCategory;
  /** True when the balance was re-read on-chain at the report's block. */
  verified?: boolean;
}

export interface HoldersSection {
  source: SourceName;
  /** True only when every holder is known (a finished log scan); an indexer's top list is not complete. */
  complete: boolean;
  count: number;
  raw: ConcentrationSummary;
  circulating: ConcentrationSummary;
  top: HolderEntry[];
  /** Indexer figures that disagreed with the chain at the pinned block; the chain's value was used. */
  mismatches?: { address: Address; reported: Amount; onChain: Amount }[];
  verifiedOnChain?: boolean;
  /**
   * totalSupply() minus the sum of every balance re-read at the block, when beyond dust: supply in
   * addresses the analysis could not see (negative: the balances add up to more than totalSupply).
   * Shares are then of totalSupply, circulating counts this amount in (so each share shown is a
   * lower bound), and rules that need every holder say "unknown" instead of "ok".
   */
  unexplained?: { amount: Amount; share: number };
  /** Set when balances change without Transfer events (rebasing, fee reflection, drift). */
  balanceModel?: BalanceModel;
  /** Supply-changing events other than Transfer found in the token's logs (e.g. "Issue", "Mint"). */
  supplyEvents?: string[];
}

export interface BalanceModel {
  kind: 'rebasing' | 'reflection' | 'drift';
  /** The share/reflection functions that answered, e.g. ["getTotalShares()", "sharesOf(address)"]. */
  interface: string[];
  /** Addresses whose balanceOf differed from their positive Transfer sums. */
  driftedBalances: number;
}

export interface OwnerInfo {
  /** null when the contract has no owner function. Zero address = renounced. */
  address: Address | null;
  kind: AddressKind | 'renounced' | 'none';
  safe?: { threshold: number; owners: Address[] };
  timelock?: { minDelay: number };
}

export interface ProxyInfo {
  standard: 'eip1967-transparent' | 'eip1967-uups' | 'eip1967-beacon' | 'eip1967';
  implementation: Address;
  admin?: Address;
  adminKind?: AddressKind;
  /** For a ProxyAdmin contract: who owns it. */
  adminOwner?: OwnerInfo;
  beacon?: Address;
  /** Storage layout: EIP-1967 slots, or the older ZeppelinOS slots (USDC) — same transparent pattern. */
  layout?: 'eip1967' | 'zeppelinos';
}

export type PrivilegeName =
  | 'mint'
  | 'ownerBurn'
  | 'pause'
  | 'blacklist'
  | 'setFee'
  | 'setMaxTx'
  | 'upgrade'
  /** DSS wards: rely/deny add and remove accounts that may call every auth function. */
  | 'authorize'
  /** lock/unlock: the owner can 'renounce' for a while and take ownership back. */
  | 'ownerLock';

export interface Privilege {
  name: PrivilegeName;
  /** The selectors found in the bytecode that grant this privilege. */
  selectors: Hex[];
  heldBy: Address | null;
  holderKind: AddressKind | 'renounced' | 'role' | 'unknown';
  /** Human description of the holder, e.g. "Safe 2-of-3", "Timelock 2 d". */
  holderDetail?: string;
}

export interface ControlSection {
  owner: OwnerInfo;
  proxy?: ProxyInfo;
  privileges: Privilege[];
  /** AccessControl roles found from RoleGranted/RoleRevoked logs. */
  roles?: { role: Hex; name?: string; members: Address[] }[];
  creator?: Address;
  creationBlock?: number;
  creationTimestamp?: number;
  verifiedSource?: boolean;
  /** Ownable2Step: the account that can accept ownership. */
  pendingOwner?: OwnerInfo;
  /** Power holders the token names through its own getters, e.g. { getter: "pauser()", holder }. */
  namedHolders?: { getter: string; holder: OwnerInfo }[];
  /** FiatToken-style minters still enabled at the block, with their remaining allowance. */
  minters?: { holder: OwnerInfo; allowance: Amount }[];
  /** Circle MasterMinter controllers at the block: each sets the minting allowance of its worker (a minter). */
  masterMinterControllers?: { controller: OwnerInfo; worker: Address }[];
  /** DSS-style wards (rely/deny) still authorised at the block. */
  wards?: OwnerInfo[];
  /** Compound/Uniswap-style: minting is blocked until this time (unix seconds). */
  mintingAllowedAfter?: number;
  /** The fee the token charges now, where it exposes it: basisPointsRate() (bps), maximumFee() (base units), _taxFee() (%). */
  activeFees?: { getter: string; value: Amount }[];
  /** Tether-style deprecate(): every call is forwarded to upgradedAddress (an upgrade). */
  deprecated?: { upgradedAddress: Address | null };
  /**
   * Who can take control back although owner() is zero or a power looks given up: a lock/unlock
   * owner (after `after`, unix seconds), a DSAuth authority, a pending owner, an admin role.
   */
  takeBack?: { who: Address | null; how: string; after?: number }[];
}

export interface VotingPowerSummary {
  delegates: number;
  total: Amount;
  gini: number;
  nakamoto: number;
  top1: number;
  top10: number;
  /** Fewest delegates whose votes reach the quorum; null when all together cannot. */
  delegatesToQuorum: number | null;
  delegatesToThreshold: number | null;
  top: { address: Address; votes: Amount; share: number; label?: { name: string; category: LabelCategory } }[];
  /** True when every delegate's votes were re-read on-chain (getVotes/getCurrentVotes) at the report's block. */
  verifiedOnChain?: boolean;
  /** Delegates whose log-derived votes disagreed with the chain; the chain's value was used. */
  mismatches?: { address: Address; fromLogs: Amount; onChain: Amount }[];
}

export interface GovernanceSection {
  governor: Address;
  standard: 'oz-governor' | 'governor-bravo' | 'unknown';
  /** The voting token the governor counts. */
  token?: Address;
  clockMode?: 'blocknumber' | 'timestamp';
  /** The timepoint (block or timestamp, per clockMode) quorum was read at: the governor's clock − 1. */
  quorumTimepoint?: number;
  quorum: Amount;
  proposalThreshold: Amount;
  votingDelay?: number;
  votingPeriod?: number;
  timelock?: Address;
  /** Seconds. */
  timelockDelay: number | null;
  votingPower: VotingPowerSummary;
  /**
   * How the governor compares a proposer's votes with proposalThreshold: Alpha/Bravo need strictly
   * more ('>'), OpenZeppelin Governor at least as many ('>='). Quorum is reached at ≥ for both.
   */
  thresholdComparison?: '>' | '>=';
  /** How the governor was found: given by the caller/registry, or walked to from the token's owner/minter. */
  discovered?: { via: 'owner' | 'minter' | 'admin' | 'admin-role'; path: Address[] };
}

/**
 * Delegated voting power of an ERC20Votes/COMP-style token no governor was found for: from its
 * DelegateVotesChanged logs, re-read with getVotes/getCurrentVotes at the block. There is no
 * quorum or threshold to count against, so only the concentration is given.
 */
export interface DelegationSection {
  token: Address;
  getter: 'getVotes' | 'getCurrentVotes';
  votingPower: Omit<VotingPowerSummary, 'delegatesToQuorum' | 'delegatesToThreshold'>;
  /** Delegated votes as a share of totalSupply (undelegated tokens cannot vote). */
  delegatedShare: number;
}

export interface SnapshotSection {
  space: string;
  admins: Address[];
  members?: Address[];
  strategies: string[];
  quorum?: number;
  votingType?: string;
  proposals: {
    id: string;
    voters: number;
    scoresTotal: number;
    minCoalition: number;
    top1: number;
    /** Optional (sources issue): false when only the top votes were fetched; minCoalition is then a lower bound. */
    complete?: boolean;
    /** Concentration among voters (only when every vote was fetched). */
    gini?: number;
    nakamoto?: number;
    top10?: number;
    /** The proposal's quorum in voting power (0 = none) and whether scoresTotal reached it. */
    quorum?: number;
    quorumReached?: boolean;
    /** Block the voting power was taken at. */
    snapshotBlock?: number;
    /** scoresTotal / supply, when the caller gave the supply in token units. */
    turnout?: number;
  }[];
  /** Optional (sources issue): the space's display name from the hub. */
  name?: string;
  /** The fewest addresses that formed the deciding coalition of the most proposals listed. */
  deciders?: { addresses: Address[]; decided: number; of: number };
}

export interface LiquidityPool {
  dex: string;
  version: 'v2' | 'v3';
  address: Address;
  /** decimals (optional) lets the UI show the paired reserve in token units. */
  pairedWith: { address: Address; symbol?: string; decimals?: number };
  /** [token reserve, paired reserve] in base units. */
  reserves: [Amount, Amount];
  feeTier?: number;
  lp?: {
    holders: number;
    /** Share of LP supply held by the largest holder that is neither a burn address nor a known locker (who could withdraw). */
    top1: number;
    top1Holder?: Address;
    top1Kind?: AddressKind;
    /** Share of LP supply burned (zero/dead address) or held by known lockers. */
    burnedOrLocked: number;
    /** False when the LP Transfer logs could not explain the balances (holder count may be off; shares are on-chain). */
    complete?: boolean;
  };
  /** Why the LP holder analysis is missing (the pool and its reserves are still shown). */
  lpError?: string;
}

export interface LiquiditySection {
  pools: LiquidityPool[];
}

/** What a figure derived from the Transfer logs was computed from. */
export interface LogBasis {
  fromBlock: number;
  toBlock: number;
  /** Transfer logs read. */
  logs: number;
  /** False when logs before fromBlock were not seen (a resumed scan) or the logs do not explain the balances. */
  complete: boolean;
  note?: string;
}

/** A transfer that joined two groups of holders: evidence, not a claim of common ownership. */
export interface ClusterLink {
  /** 'transfer': `from` sent to `to`; 'same-sender': `to` got its first tokens from `from` in the same block range as the others. */
  kind: 'transfer' | 'same-sender';
  from: Address;
  to: Address;
  tx: Hex;
  block: number;
  amount: Amount;
}

export interface HolderCluster {
  /** Largest balance first (at most 50 listed). */
  members: { address: Address; balance: Amount }[];
  memberCount: number;
  balance: Amount;
  /** Of circulating supply. */
  share: number;
  /** The links that joined it (at most 50 listed). */
  links: ClusterLink[];
  linkCount: number;
}

/** Holders linked by transfers (optional; only from a complete log scan). */
export interface ClustersSection {
  basis: LogBasis;
  /** Largest first, two or more holders each (at most 10 listed). */
  clusters: HolderCluster[];
  clusterCount: number;
  clusteredHolders: number;
  /** Addresses that link nobody: pools, exchanges, bridges, lockers, burn, the token, busy addresses. */
  hubs: number;
  /** First receipts from one sender at most this many blocks apart count as one group. */
  sameSenderWindow: number;
  /** Circulating concentration with every cluster counted as one holder. */
  grouped: { holders: number; top1: number; top10: number; nakamoto: number };
}

export interface TrendPoint {
  block: number;
  /** Set for the points at 24 h / 7 d / 30 d before the report's block. */
  label?: '24h' | '7d' | '30d';
  holders: number;
  /** Shares of the supply outside pools, burn and labelled hubs at that block. */
  top1: number;
  top10: number;
}

/** Holder count and concentration across the token's life, replayed from the Transfer logs. */
export interface TrendSection {
  basis: LogBasis;
  /** Evenly spaced across the token's life plus the labelled points, by block. */
  points: TrendPoint[];
}

export interface ProposalHistoryEntry {
  id: string;
  proposer: Address;
  createdBlock: number;
  /** Timepoint the votes were counted at (block or timestamp per the governor's clock). */
  snapshot: number;
  /** Governor state name at the report's block, e.g. 'Executed', 'Defeated'. */
  state: string;
  voters: number;
  /** Votes cast (for + against + abstain), base units. */
  votesCast: Amount;
  /** Votes cast / total supply of the voting token at the report's block; null when the supply could not be read. */
  turnout: number | null;
  /** Fewest voters holding strictly more than half of the votes cast. */
  minCoalition: number;
  /** The largest voters, as many as minCoalition (at most 10). */
  deciders: { address: Address; votes: Amount; support: 'for' | 'against' | 'abstain' }[];
  /** Quorum at the proposal's snapshot, when the governor answers. */
  quorum?: Amount;
  /** True when one voter's votes alone reached quorum. */
  oneVoterMetQuorum?: boolean;
}

/** Who decided past proposals of the governor (optional). */
export interface VoteHistorySection {
  governor: Address;
  fromBlock: number;
  toBlock: number;
  /** Logs read: ProposalCreated + VoteCast(+WithParams). */
  logs: number;
  /** Newest first, at most 20, created within the last year of blocks scanned. */
  proposals: ProposalHistoryEntry[];
  /** Proposals created in [fromBlock, toBlock]; more than `proposals.length` when only the last 20 were read. */
  proposalsFound?: number;
  /** Fewest addresses that were in the deciding coalition of most proposals, and how many proposals they decided. */
  deciders: { addresses: Address[]; decided: number; of: number };
  /** Over the proposals with a known turnout; null when none has one. */
  medianTurnout: number | null;
  /** Share of proposals where one voter alone met quorum (of those with a known quorum). */
  oneVoterQuorumShare: number | null;
}

export interface ExternalOpinion {
  source: 'goplus';
  flags: Record<string, string>;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  chainId: number;
  token: { address: Address; name: string; symbol: string; decimals: number; totalSupply: Amount };
  block: { number: number; timestamp: number };
  generatedAt: number;
  holders?: HoldersSection;
  control?: ControlSection;
  governance?: GovernanceSection;
  /** Set only when there is no governance section: a votes token without a governor found. */
  delegation?: DelegationSection;
  snapshot?: SnapshotSection;
  liquidity?: LiquiditySection;
  /** Holders linked by transfers (computed from the holder scan's logs). */
  clusters?: ClustersSection;
  /** Concentration over time (computed from the holder scan's logs). */
  trend?: TrendSection;
  /** Who decided the governor's past proposals. */
  voteHistory?: VoteHistorySection;
  /** Third-party flags, shown as theirs, never merged into our findings. */
  external?: ExternalOpinion[];
  /** Which source backed each section, and what failed (shown as "unknown", never as safe). */
  sources: { section: string; source: SourceName; ok: boolean; error?: string }[];
}
