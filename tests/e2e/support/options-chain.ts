/**
 * Adds a custom chain through the real Options page, as a person would: "Add a chain", the form,
 * then waits for the chain's line. Shared by the popup journeys that analyse on a local Anvil.
 */
import type { BrowserContext } from 'playwright-core';

export async function addChainInOptions(
  context: BrowserContext,
  extensionId: string,
  chain: { chainId: number; rpcUrl: string; name: string },
): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Add a chain' }).click();
  const form = options.getByRole('group', { name: 'Add a chain' });
  await form.getByLabel('Chain ID').fill(String(chain.chainId));
  await form.getByLabel('RPC URL').fill(chain.rpcUrl);
  await form.getByLabel('Name (optional)').fill(chain.name);
  await form.getByRole('button', { name: 'Add chain' }).click();
  await options.getByRole('group', { name: new RegExp(`^${chain.name}`) }).waitFor();
  await options.close();
}
