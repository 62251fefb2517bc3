import { useState } from 'preact/hooks';
import type { ChainSettings } from '../../lib/settings/types';
import { Field } from './Field';
import { checkRpc, STATUS_LABEL, type RpcStatus } from './rpcCheck';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { Ask } from './types';
import { ENDPOINT_EXAMPLES, parseEndpoint } from './validate';

interface Props {
  chain: ChainSettings;
  /** The shipped default for this chain, when there is one. */
  fallback?: ChainSettings;
  ask: Ask;
  locale?: string;
  onSave(next: ChainSettings): Promise<void>;
  onRemove?(): Promise<void>;
}

/**
 * One chain on one line (name, chain id, status, Test, Edit); Edit opens its endpoints. Saving tests
 * the RPC URL first and refuses one that serves another chain.
 */
export function ChainRow({ chain, fallback, ask, locale, onSave, onRemove }: Props) {
  const [open, setOpen] = useState(false);
  const [rpcUrl, setRpcUrl] = useState(chain.rpcUrl);
  const [blockscoutUrl, setBlockscoutUrl] = useState(chain.blockscoutUrl);
  const [explorerUrl, setExplorerUrl] = useState(chain.explorerUrl);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [rpc, setRpc] = useState<RpcStatus>({ kind: 'untested' });
  const { status, setStatus, run } = useSaveStatus();
  const id = `chain-${chain.chainId}`;

  const check = () => {
    const r = parseEndpoint(rpcUrl, 'RPC URL', false, ENDPOINT_EXAMPLES.rpc);
    const bs = parseEndpoint(blockscoutUrl, 'Blockscout URL', true, ENDPOINT_EXAMPLES.blockscout);
    const ex = parseEndpoint(explorerUrl, 'Explorer URL', true, ENDPOINT_EXAMPLES.explorer);
    setErrors({ rpc: r.ok ? null : r.error, bs: bs.ok ? null : bs.error, ex: ex.ok ? null : ex.error });
    return r.ok && bs.ok && ex.ok ? { rpcUrl: r.value, blockscoutUrl: bs.value, explorerUrl: ex.value } : null;
  };

  const test = async (url: string) => {
    setRpc({ kind: 'testing' });
    const result = await checkRpc(ask, url, chain, locale);
    setRpc(result);
    return result;
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const next = check();
    if (!next) return;
    setStatus(null);
    const result = await test(next.rpcUrl);
    if (result.kind === 'mismatch') {
      setErrors((prev) => ({ ...prev, rpc: `Not saved. ${result.text}` }));
      return;
    }
    await run(`${chain.name} endpoints`, () => onSave({ ...chain, ...next }));
  };

  const testConnection = async () => {
    const r = parseEndpoint(rpcUrl, 'RPC URL', false, ENDPOINT_EXAMPLES.rpc);
    setErrors((prev) => ({ ...prev, rpc: r.ok ? null : r.error }));
    if (!r.ok) {
      setOpen(true);
      return;
    }
    await test(r.value);
  };

  const reset = async () => {
    if (!fallback) return;
    setRpcUrl(fallback.rpcUrl);
    setBlockscoutUrl(fallback.blockscoutUrl);
    setExplorerUrl(fallback.explorerUrl);
    setErrors({});
    setRpc({ kind: 'untested' });
    await run(`${chain.name} endpoints`, () => onSave({ ...fallback }));
  };

  const failing = rpc.kind === 'failing' || rpc.kind === 'mismatch';
  return (
    <div class="wl-chain" role="group" aria-labelledby={`${id}-title`}>
      <div class="wl-chain-line">
        <h3 id={`${id}-title`} class="wl-chain-name">
          {chain.name}{' '}
          <span class="wl-muted">
            chain ID {chain.chainId}
            {chain.custom ? ', added by you' : ''}
          </span>
        </h3>
        <span class={`wl-chain-status wl-chain-${rpc.kind}`} data-testid={`${id}-status`}>
          {failing ? '✕ ' : rpc.kind === 'ok' ? '✓ ' : ''}
          {STATUS_LABEL[rpc.kind]}
        </span>
        <span class="wl-chain-actions">
          <button type="button" onClick={testConnection} disabled={rpc.kind === 'testing'}>
            Test connection
          </button>
          <button type="button" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
            {open ? 'Close' : 'Edit'}
          </button>
        </span>
      </div>
      <p role="status" class={failing ? 'wl-error wl-chain-detail' : 'wl-muted wl-chain-detail'} data-testid={`${id}-test`}>
        {'text' in rpc ? rpc.text : ''}
      </p>
      {open ? (
        <form id={`${id}-form`} onSubmit={save} noValidate aria-label={`${chain.name} endpoints`}>
          <Field
            id={`${id}-rpc`}
            label="RPC URL"
            value={rpcUrl}
            error={errors.rpc}
            onValue={setRpcUrl}
            type="url"
            placeholder={ENDPOINT_EXAMPLES.rpc}
            hint="Saving tests this URL and checks that it serves this chain."
          />
          <Field
            id={`${id}-blockscout`}
            label="Blockscout URL"
            value={blockscoutUrl}
            error={errors.bs}
            onValue={setBlockscoutUrl}
            type="url"
            placeholder={ENDPOINT_EXAMPLES.blockscout}
            hint="Optional: a Blockscout instance answers holder lists of large tokens faster."
          />
          <Field
            id={`${id}-explorer`}
            label="Explorer URL"
            value={explorerUrl}
            error={errors.ex}
            onValue={setExplorerUrl}
            type="url"
            placeholder={ENDPOINT_EXAMPLES.explorer}
            hint="Optional: where evidence links open."
          />
          <div class="wl-row">
            <button type="submit" disabled={rpc.kind === 'testing'}>
              Save
            </button>
            {fallback ? (
              <button type="button" onClick={reset}>
                Reset to default
              </button>
            ) : null}
            {onRemove ? (
              <button type="button" onClick={() => run(`Removal of ${chain.name}`, onRemove)}>
                Remove chain
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      <StatusLine status={status} />
    </div>
  );
}
