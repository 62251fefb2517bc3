import type { Verdict } from '../../lib/risk/types';
import { Truncated } from '../common/Truncated';
import { AddressLink } from '../common/AddressLink';
import { VerdictBadge } from './VerdictBadge';
import { HiddenWarning } from '../common/SafeText';
import { escapeHidden, hiddenWarning } from '../../lib/text/hostile';

interface Props {
  name: string;
  symbol: string;
  address: string;
  protocolName?: string;
  chainName: string;
  verdict: Verdict;
  /** One line: why this verdict. */
  reason: string;
  note?: string;
}

/** Who/what this is and the verdict at a glance. Names come from chains: text only. */
export function Header({ name, symbol, address, protocolName, chainName, verdict, reason, note }: Props) {
  // One warning for name and symbol together, under the title (not inside its parentheses).
  const hidden = hiddenWarning(`${name} ${symbol}`);
  return (
    <header class={`wl-header wl-header-${verdict}`}>
      <div class="wl-header-title">
        <h2 class="wl-token-name">
          {protocolName ? <Truncated value={protocolName} max={22} what="protocol name" /> : null}
          {protocolName ? <span class="wl-muted"> · </span> : null}
          <Truncated value={name} max={protocolName ? 14 : 24} what="token name" warn={false} />{' '}
          <span class="wl-symbol">
            (<Truncated value={symbol} max={10} what="token symbol" warn={false} />)
          </span>
        </h2>
        {hidden ? <HiddenWarning warning={hidden} what="token name or symbol" full={escapeHidden(`${name} (${symbol})`)} /> : null}
        <p class="wl-muted wl-header-chain">
          on {chainName} · <AddressLink address={address} />
        </p>
      </div>
      <div class="wl-header-verdict" role="status">
        <VerdictBadge verdict={verdict} />
        <p class="wl-reason">{reason}</p>
        {note ? <p class="wl-muted wl-note">{note}</p> : null}
      </div>
    </header>
  );
}
