import type { HolderEntry } from '../../../lib/report/types';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { formatPercent, formatTokenAmount } from '../../common/format';
import { CATEGORY_LABEL, KIND_SHORT, kindLabel } from '../labels';

export interface HolderRow {
  holder: HolderEntry;
  /** Share in the view on screen (raw or circulating). */
  share: number;
  /** 1-based cluster of wallets linked by transfers this holder belongs to, if any. */
  cluster?: number;
}

/** The top holders with label, kind and share; the full address is a hover and a Copy away. */
export function HoldersTable({ rows, caption }: { rows: HolderRow[]; caption: string }) {
  const { locale, decimals } = useDisplay();
  return (
    <table class="wl-holders-table">
      <caption class="wl-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="num">
            #
          </th>
          <th scope="col">Holder</th>
          <th scope="col">Kind</th>
          <th scope="col" class="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ holder, share, cluster }, i) => (
          <tr key={holder.address}>
            <td class="num">{i + 1}</td>
            <td>
              <AddressLink address={holder.address} name={holder.label?.name} />
              {holder.label && holder.label.category !== 'other' ? (
                <span class="wl-muted"> {CATEGORY_LABEL[holder.label.category] ?? ''}</span>
              ) : null}
              {holder.verified ? (
                <span class="wl-verified" title="Balance re-read on-chain">
                  {' '}
                  <span aria-hidden="true">✓</span>
                  <span class="wl-visually-hidden">verified on-chain</span>
                </span>
              ) : null}
              {cluster ? <span class="wl-muted wl-linked"> linked, cluster {cluster}</span> : null}
            </td>
            <td title={kindLabel(holder.kind)}>{KIND_SHORT[holder.kind] ?? '?'}</td>
            <td class="num" title={`${formatTokenAmount(holder.balance, decimals, locale)} tokens`}>
              {formatPercent(share, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
