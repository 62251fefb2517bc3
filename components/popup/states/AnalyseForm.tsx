import { useState } from 'preact/hooks';
import type { Address } from '../../../lib/report/types';
import type { ChainSettings } from '../../../lib/settings/types';
import { isAddress } from '../../common/address';

interface Props {
  chains: ChainSettings[];
  onAnalyse(chainId: number, address: Address): void;
}

/** Analyse any token on any configured chain; a bad address is said next to the field. */
export function AnalyseForm({ chains, onAnalyse }: Props) {
  const [address, setAddress] = useState('');
  const [picked, setChainId] = useState<string | null>(null);
  // Chains may arrive after the first render: until the person picks one, the first is chosen.
  const chainId = picked !== null && chains.some((c) => String(c.chainId) === picked) ? picked : String(chains[0]?.chainId ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const value = address.trim();
    if (!isAddress(value)) {
      setError('Enter a token address: 0x followed by 40 hexadecimal characters.');
      return;
    }
    const chain = chains.find((c) => String(c.chainId) === chainId);
    if (!chain) {
      setError('Choose a chain (add one in Options if yours is missing).');
      return;
    }
    setError(null);
    onAnalyse(chain.chainId, value);
  };
  return (
    <form class="wl-analyse-form" onSubmit={submit} noValidate>
      <div class="wl-field">
        <label for="wl-token-address">Token address</label>
        <input
          id="wl-token-address"
          name="address"
          spellcheck={false}
          autoComplete="off"
          placeholder="0x…"
          value={address}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'wl-analyse-error' : undefined}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="wl-field">
        <label for="wl-token-chain">Chain</label>
        <select id="wl-token-chain" value={chainId} onChange={(e) => setChainId((e.target as HTMLSelectElement).value)}>
          {chains.map((c) => (
            <option key={c.chainId} value={String(c.chainId)}>
              {c.name} ({c.chainId})
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <p id="wl-analyse-error" class="wl-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit">Analyse</button>
    </form>
  );
}
