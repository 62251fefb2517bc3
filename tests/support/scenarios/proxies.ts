/**
 * Proxy scenarios: an OpenZeppelin v5 TransparentUpgradeableProxy (which deploys its own
 * ProxyAdmin, owned by `adminOwner`) and a UUPS token behind an ERC1967Proxy (upgrades
 * authorised by the token's owner), and a BeaconProxy whose UpgradeableBeacon is owned by an EOA.
 */
import { encodeFunctionData, getAddress, parseEther, type Address } from 'viem';
import { accounts, deployArtifact, type Clients } from '../chain';
import { loadMainnetContracts } from '../compileMainnet';
import { abiOf, deployNamed } from './tx';

export interface ProxyScenario {
  transparent: Address;
  transparentImplementation: Address;
  proxyAdmin: Address;
  adminOwner: Address;
  uups: Address;
  uupsImplementation: Address;
  tokenOwner: Address;
  beaconProxy: Address;
  beacon: Address;
  beaconOwner: Address;
  /** USDC-style ZeppelinOS proxy whose admin is an EOA (accounts[3]). */
  legacyProxy: Address;
  legacyAdmin: Address;
}

const ADMIN_SLOT = '0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103';

export async function deployProxyScenario(c: Clients): Promise<ProxyScenario> {
  const tokenOwner = accounts[0].address;
  const adminOwner = accounts[1].address;
  const init = encodeFunctionData({
    abi: abiOf('ProxiedToken'),
    functionName: 'initialize',
    args: [tokenOwner, parseEther('1000000')],
  });

  const transparentImplementation = await deployNamed(c, 'ProxiedToken');
  const transparent = await deployNamed(c, 'TransparentProxy', [transparentImplementation, adminOwner, init]);
  // The ProxyAdmin is created inside the proxy's constructor: read it where EIP-1967 puts it.
  const word = await c.public.getStorageAt({ address: transparent, slot: ADMIN_SLOT });
  const proxyAdmin = getAddress(`0x${word!.slice(-40)}`);

  const uupsImplementation = await deployNamed(c, 'UupsToken');
  const uups = await deployNamed(c, 'UupsProxy', [uupsImplementation, init]);

  const beaconOwner = accounts[2].address;
  const beacon = await deployNamed(c, 'TokenBeacon', [transparentImplementation, beaconOwner]);
  const beaconProxy = await deployNamed(c, 'TokenBeaconProxy', [beacon, init]);

  // USDC's own FiatTokenProxy (ZeppelinOS slots): its deployer is its admin, who may not call through it.
  const legacyAdmin = accounts[3].address;
  const legacyProxy = getAddress(await deployArtifact(c, loadMainnetContracts('centre').FiatTokenProxy!, [transparentImplementation], accounts[3]));
  await c.public.waitForTransactionReceipt({
    hash: await c.wallet.sendTransaction({ to: legacyProxy, data: init, account: accounts[0], chain: c.chain }),
  });
  return {
    transparent,
    transparentImplementation,
    proxyAdmin,
    adminOwner,
    uups,
    uupsImplementation,
    tokenOwner,
    beaconProxy,
    beacon,
    beaconOwner,
    legacyProxy,
    legacyAdmin,
  };
}
