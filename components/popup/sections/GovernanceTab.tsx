import type { DelegationSection, GovernanceSection, SnapshotSection, VoteHistorySection } from '../../../lib/report/types';
import { DelegationFacts } from './DelegationFacts';
import { VoteHistory } from './VoteHistory';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { countWords, formatDuration, formatInteger, formatNumber, formatPercent, formatTokenAmount } from '../../common/format';
import { Truncated } from '../../common/Truncated';
import { Fact } from './Fact';
import { UnknownSection } from './Unknown';

const STANDARD: Record<GovernanceSection['standard'], string> = {
  'oz-governor': 'OpenZeppelin Governor',
  'governor-bravo': 'Compound GovernorBravo',
  unknown: 'Unrecognised governor',
};

export function quorumSentence(k: number | null): string {
  if (k === null) return 'All delegates together cannot reach quorum';
  if (k === 1) return '1 delegate can reach quorum alone';
  return `${k} delegates can reach quorum`;
}

function OnChain({ gov }: { gov: GovernanceSection }) {
  const { locale, decimals } = useDisplay();
  const vp = gov.votingPower;
  const periodUnit = (n: number) => (gov.clockMode === 'timestamp' ? formatDuration(n, locale) : countWords(n, 'block', 'blocks', locale));
  return (
    <section aria-label="On-chain governance">
      <p class="wl-key-fact">
        <strong>{quorumSentence(vp.delegatesToQuorum)}</strong>
      </p>
      <dl class="wl-facts">
        <Fact term="Governor">
          <AddressLink address={gov.governor} /> <span class="wl-muted">{STANDARD[gov.standard]}</span>
        </Fact>
        <Fact term="Quorum">{formatTokenAmount(gov.quorum, decimals, locale, { compact: true })} votes</Fact>
        <Fact term="Proposal threshold">
          {formatTokenAmount(gov.proposalThreshold, decimals, locale, { compact: true })} votes
          {gov.thresholdComparison === '>'
            ? ' (a proposer needs more than this)'
            : gov.thresholdComparison === '>='
              ? ' (a proposer needs at least this)'
              : null}
        </Fact>
        {gov.discovered ? (
          <Fact term="Found through">
            token {gov.discovered.via === 'admin-role' ? 'admin role holder' : gov.discovered.via} →{' '}
            {gov.discovered.path.map((a, i) => (
              <span key={a}>
                {i ? ' → ' : ''}
                <AddressLink address={a} />
              </span>
            ))}
          </Fact>
        ) : null}
        {gov.votingDelay !== undefined ? <Fact term="Voting delay">{periodUnit(gov.votingDelay)}</Fact> : null}
        {gov.votingPeriod !== undefined ? <Fact term="Voting period">{periodUnit(gov.votingPeriod)}</Fact> : null}
        <Fact term="Timelock">
          {gov.timelock ? <AddressLink address={gov.timelock} /> : 'none found'}
          {gov.timelockDelay !== null ? ` · delay ${formatDuration(gov.timelockDelay, locale)}` : ' · delay unknown'}
        </Fact>
        <Fact term="Delegates">{formatInteger(vp.delegates, locale)}</Fact>
        <Fact term="Largest delegate">{formatPercent(vp.top1, locale)} of votes</Fact>
        <Fact term="Top 10 delegates">{formatPercent(vp.top10, locale)} of votes</Fact>
        <Fact term="Delegates for a majority">{formatInteger(vp.nakamoto, locale)}</Fact>
        <Fact term="Delegates to reach proposal threshold">
          {vp.delegatesToThreshold === null ? 'not reachable' : formatInteger(vp.delegatesToThreshold, locale)}
        </Fact>
        <Fact term="Gini of voting power">{formatNumber(vp.gini, locale, 3)}</Fact>
      </dl>
      {vp.top.length ? (
        <table>
          <caption class="wl-visually-hidden">Top delegates</caption>
          <thead>
            <tr>
              <th scope="col">Delegate</th>
              <th scope="col" class="num">
                Votes
              </th>
              <th scope="col" class="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {vp.top.slice(0, 10).map((d) => (
              <tr key={d.address}>
                <td>
                  <AddressLink address={d.address} name={d.label?.name} />
                </td>
                <td class="num">{formatTokenAmount(d.votes, decimals, locale, { compact: true })}</td>
                <td class="num">{formatPercent(d.share, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function Snapshot({ snap }: { snap: SnapshotSection }) {
  const { locale } = useDisplay();
  return (
    <section aria-label="Snapshot space">
      <h3>
        Snapshot space <Truncated value={snap.space} max={28} what="space id" />
      </h3>
      <dl class="wl-facts">
        <Fact term="Admins (can change voting strategies)">
          {snap.admins.length}
          <ul class="wl-inline-list">
            {snap.admins.map((a) => (
              <li key={a}>
                <AddressLink address={a} />
              </li>
            ))}
          </ul>
        </Fact>
        {snap.members ? <Fact term="Members">{formatInteger(snap.members.length, locale)}</Fact> : null}
        <Fact term="Strategies">{snap.strategies.join(', ') || 'none listed'}</Fact>
        {snap.quorum !== undefined ? <Fact term="Quorum">{formatNumber(snap.quorum, locale)}</Fact> : null}
        {snap.votingType ? <Fact term="Voting type">{snap.votingType}</Fact> : null}
      </dl>
      {snap.proposals.length ? (
        <table>
          <caption class="wl-visually-hidden">Recent proposals</caption>
          <thead>
            <tr>
              <th scope="col">Proposal</th>
              <th scope="col" class="num">
                Voters
              </th>
              <th scope="col" class="num">
                Voters for a majority
              </th>
              <th scope="col" class="num">
                Largest voter
              </th>
            </tr>
          </thead>
          <tbody>
            {snap.proposals.map((p) => (
              <tr key={p.id}>
                <td>
                  <Truncated value={p.id} what="proposal id" />
                </td>
                <td class="num">{formatInteger(p.voters, locale)}</td>
                <td class="num">{formatInteger(p.minCoalition, locale)}</td>
                <td class="num">{formatPercent(p.top1, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function GovernanceTab({
  governance,
  snapshot,
  missing,
  delegation,
  voteHistory,
}: {
  governance?: GovernanceSection;
  snapshot?: SnapshotSection;
  missing: string;
  delegation?: DelegationSection;
  voteHistory?: VoteHistorySection;
}) {
  return (
    <div class="wl-governance">
      {governance ? <OnChain gov={governance} /> : <UnknownSection what="On-chain governance" reason={missing} />}
      {!governance && delegation ? <DelegationFacts delegation={delegation} /> : null}
      {voteHistory ? <VoteHistory history={voteHistory} /> : null}
      {snapshot ? <Snapshot snap={snapshot} /> : null}
    </div>
  );
}
