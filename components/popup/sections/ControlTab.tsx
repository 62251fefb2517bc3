import type { ControlSection, OwnerInfo } from '../../../lib/report/types';
import { AddressLink } from '../../common/AddressLink';
import { useDisplay } from '../../common/context';
import { formatAge, formatDuration, formatInteger } from '../../common/format';
import { Truncated } from '../../common/Truncated';
import { kindLabel, PRIVILEGE_LABEL } from '../labels';
import { Fact } from './Fact';

const PROXY: Record<string, string> = {
  'eip1967-transparent': 'Transparent proxy (EIP-1967)',
  'eip1967-uups': 'UUPS proxy (EIP-1967)',
  'eip1967-beacon': 'Beacon proxy (EIP-1967)',
  eip1967: 'Proxy (EIP-1967)',
};

export function Owner({ owner, reclaimable }: { owner: OwnerInfo; reclaimable?: boolean }) {
  const { locale } = useDisplay();
  if (owner.kind === 'renounced' && reclaimable) return <span>Owner is the zero address, but control can be taken back (below)</span>;
  if (owner.kind === 'renounced') return <span>Renounced (owner is the zero address)</span>;
  if (owner.kind === 'none' || !owner.address) return <span>No owner function</span>;
  return (
    <span>
      <AddressLink address={owner.address} /> <span class="wl-muted">{kindLabel(owner.kind)}</span>
      {owner.safe ? (
        <span>
          {' '}
          · Safe {owner.safe.threshold}-of-{owner.safe.owners.length}
        </span>
      ) : null}
      {owner.timelock ? <span> · delay {formatDuration(owner.timelock.minDelay, locale)}</span> : null}
    </span>
  );
}

export function ControlTab({ control }: { control: ControlSection }) {
  const { locale, now } = useDisplay();
  const { owner, proxy } = control;
  return (
    <div class="wl-control">
      <dl class="wl-facts">
        <Fact term="Owner">
          <Owner owner={owner} reclaimable={!!control.takeBack?.length} />
        </Fact>
        {owner.safe ? (
          <Fact term={`Safe signers (${owner.safe.threshold} needed)`}>
            <ul class="wl-inline-list">
              {owner.safe.owners.map((a) => (
                <li key={a}>
                  <AddressLink address={a} />
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        <Fact term="Proxy">
          {proxy
            ? proxy.layout === 'zeppelinos'
              ? 'Transparent proxy (ZeppelinOS storage slots)'
              : (PROXY[proxy.standard] ?? proxy.standard)
            : 'Not a proxy (code cannot be swapped)'}
        </Fact>
        {control.pendingOwner ? (
          <Fact term="Pending owner (can accept ownership)">
            <Owner owner={control.pendingOwner} />
          </Fact>
        ) : null}
        {control.takeBack?.length ? (
          <Fact term="Can take control back">
            <ul>
              {control.takeBack.map((t, i) => (
                <li key={i}>
                  {t.who ? <AddressLink address={t.who} /> : 'unknown holder'} — {t.how}
                  {t.after ? ` (from ${new Date(t.after * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC)` : ''}
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {control.minters?.length ? (
          <Fact term="Minters (with allowance)">
            <ul>
              {control.minters.map((m) => (
                <li key={m.holder.address}>
                  <AddressLink address={m.holder.address!} /> <span class="wl-muted">{kindLabel(m.holder.kind)}</span> · {m.allowance} base units
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {control.masterMinterControllers?.length ? (
          <Fact term="Master minter controllers (set minters' allowances)">
            <ul>
              {control.masterMinterControllers.map((x) => (
                <li key={x.controller.address}>
                  <AddressLink address={x.controller.address!} /> <span class="wl-muted">{kindLabel(x.controller.kind)}</span> → minter{' '}
                  <AddressLink address={x.worker} />
                </li>
              ))}
            </ul>
          </Fact>
        ) : null}
        {control.activeFees?.length ? (
          <Fact term="Fee charged now">{control.activeFees.map((f) => `${f.getter} = ${f.value}`).join(' · ')}</Fact>
        ) : null}
        {control.deprecated ? (
          <Fact term="Deprecated (calls forwarded to)">
            {control.deprecated.upgradedAddress ? <AddressLink address={control.deprecated.upgradedAddress} /> : 'unknown holder'}
          </Fact>
        ) : null}
        {proxy ? (
          <>
            <Fact term="Implementation">
              <AddressLink address={proxy.implementation} />
            </Fact>
            {proxy.admin ? (
              <Fact term="Proxy admin (can upgrade)">
                <AddressLink address={proxy.admin} /> <span class="wl-muted">{kindLabel(proxy.adminKind)}</span>
              </Fact>
            ) : null}
            {proxy.adminOwner ? (
              <Fact term="Proxy admin owned by">
                <Owner owner={proxy.adminOwner} />
              </Fact>
            ) : null}
            {proxy.beacon ? (
              <Fact term="Beacon">
                <AddressLink address={proxy.beacon} />
              </Fact>
            ) : null}
          </>
        ) : null}
        {control.creator ? (
          <Fact term="Created by">
            <AddressLink address={control.creator} />
          </Fact>
        ) : null}
        {control.creationBlock !== undefined ? (
          <Fact term="Created">
            block {formatInteger(control.creationBlock, locale)}
            {control.creationTimestamp ? ` · ${formatAge(control.creationTimestamp, now, locale)}` : ''}
          </Fact>
        ) : null}
        <Fact term="Source code verified">{control.verifiedSource === undefined ? 'unknown' : control.verifiedSource ? 'yes' : 'no'}</Fact>
      </dl>
      <h3>Privileges</h3>
      {control.privileges.length ? (
        <table>
          <caption class="wl-visually-hidden">Privileged functions and who holds them</caption>
          <thead>
            <tr>
              <th scope="col">Can</th>
              <th scope="col">Held by</th>
            </tr>
          </thead>
          <tbody>
            {control.privileges.map((p) => (
              <tr key={p.name}>
                <td title={`Selectors: ${p.selectors.join(', ')}`}>{PRIVILEGE_LABEL[p.name] ?? p.name}</td>
                <td>
                  {p.heldBy ? <AddressLink address={p.heldBy} /> : null}{' '}
                  <span class="wl-muted">{p.holderKind === 'unknown' ? 'unknown holder' : kindLabel(p.holderKind)}</span>
                  {p.holderDetail ? <span> · {p.holderDetail}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="wl-muted">No mint, pause, blacklist, fee, limit or upgrade functions found in the bytecode.</p>
      )}
      {control.roles?.length ? (
        <>
          <h3>Roles</h3>
          <ul>
            {control.roles.map((r) => (
              <li key={r.role}>
                {r.name ?? <Truncated value={r.role} what="role id" />}: {r.members.length} member{r.members.length === 1 ? '' : 's'}
                <ul class="wl-inline-list">
                  {r.members.map((m) => (
                    <li key={m}>
                      <AddressLink address={m} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
