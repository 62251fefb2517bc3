import { useState } from 'preact/hooks';
import type { ChainSettings } from '../../lib/settings/types';
import { formatInteger } from '../common/format';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { Ask } from './types';
import { parseEndpoint } from './validate';

interface Props {
  chain: ChainSettings;
  /** The shipped default for this chain, when there is one. */
  fallback?: ChainSettings;
  ask: Ask;
  locale?: string;
  onSave(next: ChainSettings): Promise<void>;
  onRemove?(): Promise<void>;
}

type TestResult = { ok: true; text: string; warn?: string } | { ok: false; text: string } | null;

/** One chain's endpoints: edit, save, test the connection, reset or remove. */
export function ChainRow({ chain, fallback, ask, locale, onSave, onRemove }: Props) {
  const [rpcUrl, setRpcUrl] = useState(chain.rpcUrl);
  const [blockscoutUrl, setBlockscoutUrl] = useState(chain.blockscoutUrl);
  const [explorerUrl, setExplorerUrl] = useState(chain.explorerUrl);
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [test, setTest] = useState<TestResult>(null);
  const [testing, setTesting] = useState(false);
  const { status, run } = useSaveStatus();
  const id = `chain-${chain.chainId}`;

  const check = () => {
    const rpc = parseEndpoint(rpcUrl, 'RPC URL');
    const bs = parseEndpoint(blockscoutUrl, 'Blockscout URL', true);
    const ex = parseEndpoint(explorerUrl, 'Explorer URL', true);
    setErrors({ rpc: rpc.ok ? null : rpc.error, bs: bs.ok ? null : bs.error, ex: ex.ok ? null : ex.error });
    return rpc.ok && bs.ok && ex.ok ? { rpcUrl: rpc.value, blockscoutUrl: bs.value, explorerUrl: ex.value } : null;
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const next = check();
    if (next) await run(`${chain.name} endpoints`, () => onSave({ ...chain, ...next }));
  };

  const testConnection = async () => {
    const rpc = parseEndpoint(rpcUrl, 'RPC URL');
    setErrors((prev) => ({ ...prev, rpc: rpc.ok ? null : rpc.error }));
    if (!rpc.ok) return;
    setTesting(true);
    setTest(null);
    try {
      const res = await ask({ type: 'rpc.test', rpcUrl: rpc.value });
      if (res.ok) {
        const text = `Connected: chain id ${res.chainId}, latest block ${formatInteger(res.blockNumber, locale)}`;
        const warn = res.chainId !== chain.chainId ? `This endpoint serves chain ${res.chainId}, not ${chain.chainId}.` : undefined;
        setTest({ ok: true, text, warn });
      } else {
        setTest({ ok: false, text: res.error });
      }
    } catch (err) {
      setTest({ ok: false, text: err instanceof Error ? err.message.split('\n')[0] : String(err) });
    } finally {
      setTesting(false);
    }
  };

  const reset = async () => {
    if (!fallback) return;
    setRpcUrl(fallback.rpcUrl);
    setBlockscoutUrl(fallback.blockscoutUrl);
    setExplorerUrl(fallback.explorerUrl);
    setErrors({});
    await run(`${chain.name} endpoints`, () => onSave({ ...fallback }));
  };

  return (
    <form class="wl-chain" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <fieldset>
        <legend id={`${id}-title`}>
          {chain.name} <span class="wl-muted">(chain ID {chain.chainId}{chain.custom ? ', added by you' : ''})</span>
        </legend>
        <Field id={`${id}-rpc`} label="RPC URL" value={rpcUrl} error={errors.rpc} onValue={setRpcUrl} type="url" />
        <Field
          id={`${id}-blockscout`}
          label="Blockscout URL"
          value={blockscoutUrl}
          error={errors.bs}
          onValue={setBlockscoutUrl}
          type="url"
          hint="Optional: a Blockscout instance answers holder lists of large tokens faster."
        />
        <Field id={`${id}-explorer`} label="Explorer URL" value={explorerUrl} error={errors.ex} onValue={setExplorerUrl} type="url" />
        <div class="wl-row">
          <button type="submit">Save</button>
          <button type="button" onClick={testConnection} disabled={testing}>
            {testing ? 'Testing…' : 'Test connection'}
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
        <p role="status" class={test && !test.ok ? 'wl-error' : ''} data-testid={`${id}-test`}>
          {test ? test.text : ''}
          {test && test.ok && test.warn ? <span class="wl-error"> {test.warn}</span> : null}
        </p>
        <StatusLine status={status} />
      </fieldset>
    </form>
  );
}
