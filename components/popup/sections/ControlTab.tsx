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

export function Owner({ owner }: { owner: OwnerInfo }) {
  const { locale } = useDisplay();
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
          <Owner owner={owner} />
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
        <Fact term="Proxy">{proxy ? PROXY[proxy.standard] ?? proxy.standard : 'Not a proxy (code cannot be swapped)'}</Fact>
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
        <Fact term="Source code verified">
          {control.verifiedSource === undefined ? 'unknown' : control.verifiedSource ? 'yes' : 'no'}
        </Fact>
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
                  {p.heldBy ? <AddressLink address={p.heldBy} /> : null} <span class="wl-muted">{kindLabel(p.holderKind)}</span>
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
