import type { VoteHistorySection } from '../../../lib/report/types';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { formatInteger, formatPercent } from '../../common/format';
import { Truncated } from '../../common/Truncated';
import { Fact } from './Fact';

/** Which proposals the figures cover: all those created in the blocks read, or only the newest 20 of them. */
export function proposalsRead(h: VoteHistorySection, locale?: string): string {
  const read = h.proposals.length;
  const found = h.proposalsFound ?? read;
  if (found > read)
    return `the newest ${formatInteger(read, locale)} of ${formatInteger(found, locale)} proposals created in those blocks (at most 20 are read)`;
  return `every proposal created in those blocks (${formatInteger(read, locale)})`;
}

/** Who really decided the governor's recent proposals. */
export function VoteHistory({ history }: { history: VoteHistorySection }) {
  const { locale } = useDisplay();
  const d = history.deciders;
  return (
    <section class="wl-vote-history" aria-label="Who decided past votes">
      <h3>Who decided past votes</h3>
      {d.addresses.length ? (
        <p class="wl-key-fact">
          <strong>
            {d.addresses.length === 1 ? '1 address' : `${d.addresses.length} addresses`} decided {formatInteger(d.decided, locale)} of the last{' '}
            {formatInteger(d.of, locale)} proposals
          </strong>
        </p>
      ) : (
        <p class="wl-muted">No votes cast in the proposals read.</p>
      )}
      <ul>
        {d.addresses.map((a) => (
          <li key={a}>
            <AddressLink address={a} />
          </li>
        ))}
      </ul>
      <dl class="wl-facts">
        <Fact term="Median turnout">
          {history.medianTurnout === null ? 'unknown (supply not read)' : formatPercent(history.medianTurnout, locale)}
        </Fact>
        {history.oneVoterQuorumShare !== null ? (
          <Fact term="One voter alone met quorum">{formatPercent(history.oneVoterQuorumShare, locale)} of proposals</Fact>
        ) : null}
      </dl>
      {history.proposals.length ? (
        <table>
          <caption class="wl-visually-hidden">Recent proposals on the governor</caption>
          <thead>
            <tr>
              <th scope="col">Proposal</th>
              <th scope="col">Outcome</th>
              <th scope="col" class="num">
                Voters
              </th>
              <th scope="col" class="num">
                Turnout
              </th>
              <th scope="col" class="num">
                Voters for a majority
              </th>
            </tr>
          </thead>
          <tbody>
            {history.proposals.map((p) => (
              <tr key={p.id}>
                <td>
                  <Truncated value={p.id} what="proposal id" />
                </td>
                <td>{p.state}</td>
                <td class="num">{formatInteger(p.voters, locale)}</td>
                <td class="num">{p.turnout === null ? 'unknown' : formatPercent(p.turnout, locale)}</td>
                <td class="num">{formatInteger(p.minCoalition, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="wl-muted">
        From {formatInteger(history.logs, locale)} governor logs (ProposalCreated and VoteCast), blocks {formatInteger(history.fromBlock, locale)}–
        {formatInteger(history.toBlock, locale)}, about the past year: {proposalsRead(history, locale)}. Older proposals are not counted.
      </p>
    </section>
  );
}
