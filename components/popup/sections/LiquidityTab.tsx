import type { LiquiditySection } from '../../../lib/report/types';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { formatInteger, formatPercent, formatTokenAmount } from '../../common/format';
import { kindLabel } from '../labels';
import { Fact } from './Fact';

export function LiquidityTab({ liquidity, symbol }: { liquidity: LiquiditySection; symbol: string }) {
  const { locale, decimals } = useDisplay();
  if (!liquidity.pools.length) {
    return <p>No pool found on the DEXes checked: this token may be hard to sell.</p>;
  }
  return (
    <ul class="wl-pools">
      {liquidity.pools.map((p) => {
        const paired = p.pairedWith.symbol ?? 'paired token';
        return (
          <li key={p.address} class="wl-pool">
            <h3>
              {p.dex} {p.version}: {symbol} / {paired}
              {p.feeTier !== undefined ? <span class="wl-muted"> · fee {formatPercent(p.feeTier / 1_000_000, locale)}</span> : null}
            </h3>
            <dl class="wl-facts">
              <Fact term="Pool">
                <AddressLink address={p.address} />
              </Fact>
              <Fact term="Depth">
                {formatTokenAmount(p.reserves[0], decimals, locale, { compact: true })} {symbol} ·{' '}
                {p.pairedWith.decimals !== undefined
                  ? `${formatTokenAmount(p.reserves[1], p.pairedWith.decimals, locale, { compact: true })} ${paired}`
                  : `${formatInteger(p.reserves[1], locale)} base units of ${paired}`}
              </Fact>
              {p.lp ? (
                <>
                  <Fact term="LP holders">{formatInteger(p.lp.holders, locale)}</Fact>
                  <Fact term="Largest LP holder">
                    {formatPercent(p.lp.top1, locale)}
                    {p.lp.top1Holder ? (
                      <>
                        {' '}
                        <AddressLink address={p.lp.top1Holder} /> <span class="wl-muted">{kindLabel(p.lp.top1Kind)}</span>
                      </>
                    ) : null}
                  </Fact>
                  <Fact term="LP burned or locked">{formatPercent(p.lp.burnedOrLocked, locale)}</Fact>
                </>
              ) : (
                <Fact term="LP holders">unknown (not read for this pool)</Fact>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
