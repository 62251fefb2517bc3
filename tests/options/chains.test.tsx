/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAsk, renderOptions } from './render';

afterEach(cleanup);

const chainForm = (name: RegExp) => screen.getByRole('group', { name }) as HTMLElement;
/** A chain's line, opened with Edit to show its endpoints. */
const openChain = (name: RegExp) => {
  const row = chainForm(name);
  fireEvent.click(within(row).getByRole('button', { name: 'Edit' }));
  return row;
};
const openAddChain = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Add a chain' }));
  return screen.getByRole('group', { name: 'Add a chain' }) as HTMLElement;
};
const type = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });

describe('chains and endpoints', () => {
  it('lists every default chain on one line, not tested yet, with editable RPC and Blockscout URLs behind Edit', () => {
    renderOptions();
    expect(within(chainForm(/^Ethereum/)).queryByLabelText('RPC URL')).toBeNull();
    expect(screen.getByTestId('chain-1-status').textContent).toBe('Not tested');
    const eth = openChain(/^Ethereum/);
    expect((within(eth).getByLabelText('RPC URL') as HTMLInputElement).value).toBe('https://ethereum-rpc.publicnode.com');
    expect((within(eth).getByLabelText('Blockscout URL') as HTMLInputElement).value).toBe('https://eth.blockscout.com');
    expect(screen.getAllByRole('button', { name: 'Test connection' }).length).toBeGreaterThanOrEqual(6);
  });

  it('an invalid URL is refused with a clear message and the typed value is kept', async () => {
    const { save } = renderOptions();
    const eth = openChain(/^Ethereum/);
    const rpc = within(eth).getByLabelText('RPC URL') as HTMLInputElement;
    type(rpc, 'javascript:alert(1)');
    fireEvent.click(within(eth).getByRole('button', { name: 'Save' }));
    expect(within(eth).getByRole('alert').textContent).toBe('The RPC URL must start with https:// (or http:// for a node on this computer).');
    expect(rpc.getAttribute('aria-invalid')).toBe('true');
    expect(rpc.value).toBe('javascript:alert(1)');
    expect(save).not.toHaveBeenCalled();
  });

  it('saving tests the RPC URL, saves it for that chain only, and resets to the default', async () => {
    const { last, calls } = renderOptions();
    const eth = openChain(/^Ethereum/);
    type(within(eth).getByLabelText('RPC URL'), 'http://127.0.0.1:8545/');
    fireEvent.click(within(eth).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(eth).getByText('Ethereum endpoints saved.')).toBeTruthy());
    expect(calls).toContainEqual({ type: 'rpc.test', rpcUrl: 'http://127.0.0.1:8545' });
    expect(screen.getByTestId('chain-1-status').textContent).toContain('Tested: working');
    expect(last().chains.find((c) => c.chainId === 1)!.rpcUrl).toBe('http://127.0.0.1:8545');
    expect(last().chains.find((c) => c.chainId === 10)!.rpcUrl).toBe('https://mainnet.optimism.io');
    fireEvent.click(within(eth).getByRole('button', { name: 'Reset to default' }));
    await waitFor(() => expect(last().chains.find((c) => c.chainId === 1)!.rpcUrl).toBe('https://ethereum-rpc.publicnode.com'));
    expect((within(eth).getByLabelText('RPC URL') as HTMLInputElement).value).toBe('https://ethereum-rpc.publicnode.com');
  });

  it('"Test connection" asks the background and shows chain id and latest block', async () => {
    const { calls } = renderOptions();
    const eth = openChain(/^Ethereum/);
    type(within(eth).getByLabelText('RPC URL'), 'http://127.0.0.1:9999');
    fireEvent.click(within(eth).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(eth.textContent).toContain('Connected: chain id 1, latest block 19,000,000'));
    expect(calls).toContainEqual({ type: 'rpc.test', rpcUrl: 'http://127.0.0.1:9999' });
  });

  it('shows the error line of a failed test, and warns when the endpoint serves another chain', async () => {
    const failing = fakeAsk({ 'rpc.test': () => ({ ok: false, error: 'RPC unreachable (http://127.0.0.1:1)' }) });
    renderOptions({}, { ask: failing.ask });
    const eth = chainForm(/^Ethereum/);
    fireEvent.click(within(eth).getByRole('button', { name: 'Test connection' }));
    await waitFor(() =>
      expect(eth.textContent).toContain('The RPC at ethereum-rpc.publicnode.com did not answer: RPC unreachable (http://127.0.0.1:1).'),
    );
    expect(screen.getByTestId('chain-1-status').textContent).toBe('✕ Failing');
    cleanup();
    const other = fakeAsk({ 'rpc.test': () => ({ ok: true, chainId: 31337, blockNumber: 5 }) });
    renderOptions({}, { ask: other.ask });
    const op = chainForm(/^OP Mainnet/);
    fireEvent.click(within(op).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(op.textContent).toContain('This endpoint serves chain 31337, not 10.'));
    expect(screen.getByTestId('chain-10-status').textContent).toBe('✕ Failing: wrong chain');
  });

  it('saving an RPC URL that serves another chain is refused with a sentence, and nothing is written', async () => {
    const other = fakeAsk({ 'rpc.test': () => ({ ok: true, chainId: 1, blockNumber: 5 }) });
    const { save } = renderOptions({}, { ask: other.ask });
    const op = openChain(/^OP Mainnet/);
    const rpc = within(op).getByLabelText('RPC URL') as HTMLInputElement;
    type(rpc, 'https://ethereum-rpc.publicnode.com');
    fireEvent.click(within(op).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(op).getByRole('alert').textContent).toBe(
        'Not saved. This endpoint serves chain 1, not 10. Enter an RPC URL for OP Mainnet, or add chain 1 with “Add a chain”.',
      ),
    );
    expect(rpc.getAttribute('aria-invalid')).toBe('true');
    expect(rpc.value).toBe('https://ethereum-rpc.publicnode.com');
    expect(save).not.toHaveBeenCalled();
  });

  it('an RPC that does not answer is saved but its line says it is failing', async () => {
    const down = fakeAsk({ 'rpc.test': () => ({ ok: false, error: 'No answer within 8 s' }) });
    const { last } = renderOptions({}, { ask: down.ask });
    const eth = openChain(/^Ethereum/);
    type(within(eth).getByLabelText('RPC URL'), 'http://127.0.0.1:1');
    fireEvent.click(within(eth).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(last()?.chains.find((c) => c.chainId === 1)!.rpcUrl).toBe('http://127.0.0.1:1'));
    expect(screen.getByTestId('chain-1-status').textContent).toBe('✕ Failing');
    expect(eth.textContent).toContain('The RPC at 127.0.0.1:1 did not answer: No answer within 8 s.');
  });

  it('a browser’s "Failed to fetch" reads as no connection', async () => {
    const down = fakeAsk({ 'rpc.test': () => ({ ok: false, error: 'Failed to fetch' }) });
    renderOptions({}, { ask: down.ask });
    const eth = chainForm(/^Ethereum/);
    fireEvent.click(within(eth).getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(eth.textContent).toContain('did not answer: no connection (the server refused it, or its name did not resolve).'));
  });

  it('adds a custom chain by id after validating and testing it; duplicates, bad ids and another chain’s RPC are refused', async () => {
    const served = { chainId: 1 };
    const { ask } = fakeAsk({ 'rpc.test': () => ({ ok: true, chainId: served.chainId, blockNumber: 7 }) });
    const { last, save } = renderOptions({}, { ask });
    const form = openAddChain();
    const id = within(form).getByLabelText('Chain ID') as HTMLInputElement;
    const rpc = within(form).getByLabelText('RPC URL') as HTMLInputElement;
    type(id, 'abc');
    type(rpc, 'not a url');
    fireEvent.click(within(form).getByRole('button', { name: 'Add chain' }));
    const alerts = within(form)
      .getAllByRole('alert')
      .map((a) => a.textContent);
    expect(alerts).toEqual([
      'The chain ID must be a whole number, for example 10 for OP Mainnet.',
      'The RPC URL must be a full URL, for example https://ethereum-rpc.publicnode.com.',
    ]);
    expect(id.value).toBe('abc');
    type(id, '1');
    type(rpc, 'http://127.0.0.1:8545');
    fireEvent.click(within(form).getByRole('button', { name: 'Add chain' }));
    expect(within(form).getByRole('alert').textContent).toContain('Chain 1 is already in the list');
    expect(save).not.toHaveBeenCalled();
    type(id, '31337');
    fireEvent.click(within(form).getByRole('button', { name: 'Add chain' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toContain('Not added. This endpoint serves chain 1, not 31337.'));
    expect(save).not.toHaveBeenCalled();
    served.chainId = 31337;
    fireEvent.click(within(form).getByRole('button', { name: 'Add chain' }));
    await waitFor(() =>
      expect(last()?.chains.at(-1)).toEqual({
        chainId: 31337,
        name: 'Chain 31337',
        rpcUrl: 'http://127.0.0.1:8545',
        blockscoutUrl: '',
        explorerUrl: '',
        custom: true,
      }),
    );
    expect(id.value).toBe('');
    expect(screen.getByText(/Chain 31337 added\. Connected: chain id 31337, latest block 7\./)).toBeTruthy();
    const custom = openChain(/^Chain 31337/);
    fireEvent.click(within(custom).getByRole('button', { name: 'Test connection' }));
    fireEvent.click(within(custom).getByRole('button', { name: 'Remove chain' }));
    await waitFor(() => expect(last().chains.some((c) => c.chainId === 31337)).toBe(false));
  });

  it('a storage failure is said and nothing typed is lost', async () => {
    renderOptions({}, { failSave: 'QUOTA_BYTES quota exceeded' });
    const eth = openChain(/^Ethereum/);
    type(within(eth).getByLabelText('RPC URL'), 'https://my-node.example.org');
    fireEvent.click(within(eth).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(eth.textContent).toContain('Could not save Ethereum endpoints: QUOTA_BYTES quota exceeded'));
    expect((within(eth).getByLabelText('RPC URL') as HTMLInputElement).value).toBe('https://my-node.example.org');
  });
});
