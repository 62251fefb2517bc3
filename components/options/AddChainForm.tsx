import { useState } from 'preact/hooks';
import type { ChainSettings } from '../../lib/settings/types';
import { Field } from './Field';
import { parseChainId, parseEndpoint } from './validate';

interface Props {
  existing: ChainSettings[];
  onAdd(chain: ChainSettings): Promise<void>;
}

/** A custom chain by id: the typed values stay in the form until they are valid and saved. */
export function AddChainForm({ existing, onAdd }: Props) {
  const [chainId, setChainId] = useState('');
  const [rpcUrl, setRpcUrl] = useState('');
  const [name, setName] = useState('');
  const [explorerUrl, setExplorerUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [status, setStatus] = useState<string | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus(null);
    const id = parseChainId(chainId);
    const rpc = parseEndpoint(rpcUrl, 'RPC URL');
    const ex = parseEndpoint(explorerUrl, 'Explorer URL', true);
    let idError = id.ok ? null : id.error;
    if (id.ok && existing.some((c) => c.chainId === id.value)) idError = `Chain ${id.value} is already configured: edit it above.`;
    setErrors({ id: idError, rpc: rpc.ok ? null : rpc.error, ex: ex.ok ? null : ex.error });
    if (idError || !id.ok || !rpc.ok || !ex.ok) return;
    const chain: ChainSettings = {
      chainId: id.value,
      name: name.trim().slice(0, 60) || `Chain ${id.value}`,
      rpcUrl: rpc.value,
      blockscoutUrl: '',
      explorerUrl: ex.value,
      custom: true,
    };
    try {
      await onAdd(chain);
      setChainId('');
      setRpcUrl('');
      setName('');
      setExplorerUrl('');
      setStatus(`${chain.name} added. Test its connection above.`);
    } catch (err) {
      setStatus(`Could not add the chain: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <form class="wl-add-chain" onSubmit={submit} noValidate aria-labelledby="add-chain-title">
      <fieldset>
        <legend id="add-chain-title">Add a chain</legend>
        <Field id="add-chain-id" label="Chain ID" value={chainId} error={errors.id} onValue={setChainId} inputMode="numeric" />
        <Field id="add-chain-rpc" label="RPC URL" value={rpcUrl} error={errors.rpc} onValue={setRpcUrl} type="url" />
        <Field id="add-chain-name" label="Name (optional)" value={name} onValue={setName} maxLength={60} />
        <Field id="add-chain-explorer" label="Explorer URL (optional)" value={explorerUrl} error={errors.ex} onValue={setExplorerUrl} type="url" />
        <button type="submit">Add chain</button>
        <p role="status">{status ?? ''}</p>
      </fieldset>
    </form>
  );
}
