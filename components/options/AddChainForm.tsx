import { useState } from 'preact/hooks';
import type { ChainSettings } from '../../lib/settings/types';
import { Field } from './Field';
import { checkRpc } from './rpcCheck';
import type { Ask } from './types';
import { ENDPOINT_EXAMPLES, parseChainId, parseEndpoint } from './validate';

interface Props {
  existing: ChainSettings[];
  ask: Ask;
  locale?: string;
  onAdd(chain: ChainSettings): Promise<void>;
}

/**
 * "Add a chain" at the top of the chain list, closed until asked for. The RPC URL is tested before
 * the chain is added, and one that serves another chain id is refused.
 */
export function AddChainForm({ existing, ask, locale, onAdd }: Props) {
  const [open, setOpen] = useState(false);
  const [chainId, setChainId] = useState('');
  const [rpcUrl, setRpcUrl] = useState('');
  const [name, setName] = useState('');
  const [explorerUrl, setExplorerUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setStatus(null);
    const id = parseChainId(chainId);
    const rpc = parseEndpoint(rpcUrl, 'RPC URL', false, ENDPOINT_EXAMPLES.rpc);
    const ex = parseEndpoint(explorerUrl, 'Explorer URL', true, ENDPOINT_EXAMPLES.explorer);
    let idError = id.ok ? null : id.error;
    if (id.ok && existing.some((c) => c.chainId === id.value)) idError = `Chain ${id.value} is already in the list; open it there with Edit.`;
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
    setBusy(true);
    setStatus('Testing the RPC URL…');
    const tested = await checkRpc(ask, chain.rpcUrl, chain, locale);
    setBusy(false);
    if (tested.kind === 'mismatch') {
      setStatus(null);
      setErrors((prev) => ({ ...prev, rpc: `Not added. ${tested.text}` }));
      return;
    }
    try {
      await onAdd(chain);
      setChainId('');
      setRpcUrl('');
      setName('');
      setExplorerUrl('');
      setStatus(`${chain.name} added. ${tested.kind === 'ok' ? tested.text : `It is not working yet: ${tested.text}`}`);
    } catch (err) {
      setStatus(`Could not add the chain: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <div class="wl-add-chain">
      <button type="button" aria-expanded={open} aria-controls="add-chain-form" onClick={() => setOpen(!open)}>
        {open ? 'Close “Add a chain”' : 'Add a chain'}
      </button>
      {open ? (
        <form id="add-chain-form" onSubmit={submit} noValidate aria-labelledby="add-chain-title">
          <fieldset>
            <legend id="add-chain-title">Add a chain</legend>
            <Field
              id="add-chain-id"
              label="Chain ID"
              value={chainId}
              error={errors.id}
              onValue={setChainId}
              inputMode="numeric"
              placeholder="10"
              hint="The number the chain is known by, for example 10 for OP Mainnet (listed at chainlist.org)."
            />
            <Field
              id="add-chain-rpc"
              label="RPC URL"
              value={rpcUrl}
              error={errors.rpc}
              onValue={setRpcUrl}
              type="url"
              placeholder="https://mainnet.optimism.io"
              hint="Adding tests this URL and checks that it serves the chain ID above."
            />
            <Field id="add-chain-name" label="Name (optional)" value={name} onValue={setName} maxLength={60} placeholder="OP Mainnet" />
            <Field
              id="add-chain-explorer"
              label="Explorer URL (optional)"
              value={explorerUrl}
              error={errors.ex}
              onValue={setExplorerUrl}
              type="url"
              placeholder="https://optimistic.etherscan.io"
            />
            <button type="submit" disabled={busy}>
              Add chain
            </button>
          </fieldset>
        </form>
      ) : null}
      <p role="status">{status ?? ''}</p>
    </div>
  );
}
