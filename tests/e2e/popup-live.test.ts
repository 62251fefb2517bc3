/**
 * The real path: the built extension's own popup, its real background and a real Anvil chain.
 * A person adds the local chain in Options, opens the popup, types the governance scenario's
 * token address and gets a report read from the chain. Screenshot: tests/artifacts/popup-live-governance.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { clientsFor, installMulticall3 } from '../support/chain';
import { deployGovernanceScenario, type GovernanceScenario } from '../support/scenarios/governance';
import { addChainInOptions } from './support/options-chain';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));

describe('popup on a live analysis (Anvil)', () => {
  let b: ExtensionBrowser;
  let anvil: AnvilNode;
  let world: GovernanceScenario;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    anvil = await startAnvil({ chainId: 31337 });
    const c = clientsFor(anvil);
    await installMulticall3(c);
    world = await deployGovernanceScenario(c);
    b = await launchWithExtension({ extensionDir: inject('extensionDir') });
  });
  afterAll(async () => {
    await b?.close();
    await anvil?.stop();
  });

  it('adds the chain in Options, analyses a token from the popup and shows the findings', async () => {
    await addChainInOptions(b.context, b.extensionId, { chainId: 31337, rpcUrl: anvil.rpcUrl, name: 'Local Anvil' });

    const page = await b.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.getByLabel('Token address').fill(world.token);
    await page.getByLabel('Chain').selectOption({ label: 'Local Anvil (31337)' });
    await page.getByRole('button', { name: 'Analyse' }).click();
    const header = page.locator('header.wl-header');
    await header.waitFor({ timeout: 90_000 });
    await page.locator('header [data-verdict]:not([data-verdict="unknown"])').waitFor({ timeout: 90_000 });
    await expect(header.innerText()).resolves.toContain('on Local Anvil');
    await page.screenshot({ path: join(artifacts, 'popup-live-governance.png') });
    await page.getByRole('tab', { name: 'Holders' }).click();
    await expect(page.getByRole('tabpanel').innerText()).resolves.toMatch(/Holders\s+\d+/);
    await page.close();
  });
});
