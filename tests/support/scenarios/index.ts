/**
 * Every chain-power scenario, for tests and the demo. Each `deployXxx(clients)` deploys real
 * contracts on an Anvil node (multicall3 installed first) and returns the addresses to look at.
 */
import { installMulticall3, type Clients } from '../chain';
import { deployGovernanceScenario, type GovernanceScenario } from './governance';
import { deployBravoGovernor, deployTimestampGovernor, type VariantScenario } from './governanceVariants';
import { deployLiquidityScenario, type LiquidityScenario } from './liquidity';
import { deployOwnedScenario, type OwnedScenario } from './owned';
import { deployProxyScenario, type ProxyScenario } from './proxies';
import { deploySafeOwnedScenario, type SafeScenario } from './safe';

export * from './governance';
export * from './governanceVariants';
export * from './liquidity';
export * from './owned';
export * from './proxies';
export * from './safe';
export { abiOf, deployNamed, send } from './tx';

export interface PowerWorld {
  governance: GovernanceScenario;
  timestampGovernor: VariantScenario;
  bravoGovernor: VariantScenario;
  owned: OwnedScenario;
  proxies: ProxyScenario;
  safe: SafeScenario;
  liquidity: LiquidityScenario;
}

/** All scenarios on one node, one after the other (transactions are sequential by nature). */
export async function deployPowerWorld(c: Clients): Promise<PowerWorld> {
  await installMulticall3(c);
  const governance = await deployGovernanceScenario(c);
  const timestampGovernor = await deployTimestampGovernor(c);
  const bravoGovernor = await deployBravoGovernor(c);
  const owned = await deployOwnedScenario(c);
  const proxies = await deployProxyScenario(c);
  const safe = await deploySafeOwnedScenario(c);
  const liquidity = await deployLiquidityScenario(c);
  return { governance, timestampGovernor, bravoGovernor, owned, proxies, safe, liquidity };
}
