import type { DelegationSection } from '../../../lib/report/types';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { formatInteger, formatPercent } from '../../common/format';
import { Fact } from './Fact';

/** Delegated voting power of a votes token with no governor found: concentration only (no quorum to count against). */
export function DelegationFacts({ delegation }: { delegation: DelegationSection }) {
  const { locale } = useDisplay();
  const vp = delegation.votingPower;
  return (
    <section aria-label="Delegated voting power">
      <h3>Delegated voting power (no governor found)</h3>
      <dl class="wl-facts">
        <Fact term="Delegated">{formatPercent(delegation.delegatedShare, locale)} of supply</Fact>
        <Fact term="Delegates">{formatInteger(vp.delegates, locale)}</Fact>
        <Fact term="Largest delegate">{formatPercent(vp.top1, locale)} of votes</Fact>
        <Fact term="Delegates for a majority">{formatInteger(vp.nakamoto, locale)}</Fact>
      </dl>
      {vp.top.length ? (
        <ul>
          {vp.top.slice(0, 5).map((d) => (
            <li key={d.address}>
              <AddressLink address={d.address} /> — {formatPercent(d.share, locale)}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="wl-muted">From DelegateVotesChanged logs, each re-read with {delegation.getter}() at the report's block.</p>
    </section>
  );
}
