/**
 * A Governor + Timelock token that no protocol registry lists: the extension's real background
 * (no governor given) walks from the token's owner to the TimelockController, its proposer and the
 * Governor voting this token, and the popup's Governance tab shows governor, quorum and how many
 * delegates reach quorum. Screenshot: tests/artifacts/popup-discovered-governance.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keccak256, parseAbi, parseEther, stringToHex, zeroAddress, type Address } from 'viem';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startAnvil, type AnvilNode } from '../support/anvil';
import { accounts, clientsFor, installMulticall3 } from '../support/chain';
import { abiOf, deployNamed, send } from '../support/scenarios/tx';
import { addChainInOptions } from './support/options-chain';

const artifacts = fileURLToPath(new URL('../artifacts', import.meta.url));
const e = (n: number) => parseEther(String(n));

describe('popup: governance found without the registry (Anvil)', () => {
  let b: ExtensionBrowser;
  let anvil: AnvilNode;
  let world: { token: Address; timelock: Address; governor: Address };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    anvil = await startAnvil({ chainId: 31337 });
    const c = clientsFor(anvil);
    await installMulticall3(c);
    const deployer = accounts[0];
    const token = await deployNamed(c, 'OwnedVotesToken', [e(1_000_000)]);
    const timelock = await deployNamed(c, 'GovTimelock', [3600n, [], [zeroAddress], deployer.address]);
    // Quorum 40% of supply; threshold 10,000 votes.
    const governor = await deployNamed(c, 'WhaleGovernor', [token, timelock, 1, 50, e(10_000), 40n]);
    const tl = parseAbi(['function grantRole(bytes32,address)']);
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex('PROPOSER_ROLE')), governor] });
    const abi = abiOf('OwnedVotesToken');
    // Three self-delegates with 25%, 20% and 10%: two of them reach the 40% quorum.
    for (const [i, pct] of [25, 20, 10].entries()) {
      const who = accounts[2 + i]!;
      await send(c, { address: token, abi, functionName: 'transfer', args: [who.address, e(pct * 10_000)] });
      await send(c, { address: token, abi, functionName: 'delegate', args: [who.address], account: who });
    }
    await send(c, { address: token, abi, functionName: 'transfer', args: [timelock, e(300_000)] });
    await send(c, { address: token, abi, functionName: 'transferOwnership', args: [timelock] });
    await c.test.mine({ blocks: 2 });
    world = { token, timelock, governor };
    b = await launchWithExtension({ extensionDir: inject('extensionDir') });
  });
  afterAll(async () => {
    await b?.close();
    await anvil?.stop();
  });

  it('shows the discovered governor, its quorum and the delegates to quorum', async () => {
    await addChainInOptions(b.context, b.extensionId, { chainId: 31337, rpcUrl: anvil.rpcUrl, name: 'Local Anvil' });

    const page = await b.context.newPage();
    await page.setViewportSize({ width: 380, height: 760 });
    await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await page.getByLabel('Token address').fill(world.token);
    await page.getByLabel('Chain').selectOption({ label: 'Local Anvil (31337)' });
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('header [data-verdict]:not([data-verdict="unknown"])').waitFor({ timeout: 90_000 });
    await page.getByRole('tab', { name: 'Governance' }).click();
    const panel = page.getByRole('tabpanel');
    const section = panel.getByRole('region', { name: 'On-chain governance' });
    await section.waitFor();
    const text = await section.innerText();
    expect(text).toContain('2 delegates can reach quorum');
    expect(text).toContain('OpenZeppelin Governor');
    expect(text).toMatch(/Quorum\s+400K votes/);
    expect(text).toMatch(/Found through\s+token owner →/);
    await expect(section.locator(`[title="${world.governor}"]`).count()).resolves.toBeGreaterThan(0);
    await expect(section.locator(`[title="${world.timelock}"]`).count()).resolves.toBeGreaterThan(0);
    expect(text).toMatch(/Delegates\s+3/);
    await page.screenshot({ path: join(artifacts, 'popup-discovered-governance.png'), fullPage: true });
    await page.close();
  });
});
