/**
 * URL examples → what the extension should detect. Formats follow each site's public URLs
 * (explorers' /token/ and /address/ pages, DEX swap links, chart pair pages); addresses are
 * real mainnet contracts. Shared by tests/detect/urls.test.ts and tests/bench/detect.bench.ts.
 */
export type Expected = { chainId: number; address: string } | { protocolId: string } | null;
export type Example = [url: string, expected: Expected];

const tok = (chainId: number, address: string): Expected => ({ chainId, address });
const pro = (protocolId: string): Expected => ({ protocolId });

// Ethereum
const UNI = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const USDT = '0xdAC17F958D2ee523a2206206994597C13D831ec7';
const WETH = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
const WBTC = '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599';
const LINK = '0x514910771AF9Ca656af840dff83E8264EcF986CA';
const SHIB = '0x95aD61b0a150d79219dCF64E1E6Cc01f0B64C4cE';
const PEPE = '0x6982508145454Ce325dDbE47a25d4ec3d2311933';
const AAVE = '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9';
const COMP = '0xc00e94Cb662C3520282E6f5717214004A7f26888';
const LDO = '0x5A98FcBEA516Cf06857215779Fd812CA3beF1B32';
const V2_USDC_WETH = '0xB4e16d0168e52d35CaCD2c6185b44281Ec28C9Dc';
const V3_USDC_WETH = '0x88e6A0c2dDD26FEEb64F039a2c41296FcB3f5640';
const PEPE_PAIR = '0xA43fe16908251ee70EF74718545e4FE6C5cCEc9f';
const V2_SHIB_PAIR = '0x811beEd0119b4AfCE20D2583EB608C6F7AF1954f';
const UNI_GOV = '0x408ED6354d4973f66138C91495F2f2FCbd8724C3';
// Other chains
const ARB = '0x912CE59144191C1204E64559FE8253a0e49E6548';
const USDC_ARB = '0xaf88d065e77c8cC2239327C5EDb3A432268e5831';
const WETH_ARB = '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1';
const GMX = '0xfc5A1A6EB076a2C7aD06eD22C90d7E710E35ad0a';
const OP = '0x4200000000000000000000000000000000000042';
const USDC_OP = '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85';
const VELO = '0x9560e827aF36c94D2Ac33a39bCE1Fe78631088Db';
const USDC_BASE = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const AERO = '0x940181a94A35A4569E4529A3CDfB74e38FD98631';
const USDC_POL = '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359';
const WMATIC = '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270';
const WETH_POL = '0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619';
const CAKE = '0x0E09FaBB73Bd3Ade0a17ECC321fD13a19e81cE82';
const WBNB = '0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c';
const USDT_BSC = '0x55d398326f99059fF775485246999027B3197955';
const BUSD = '0xe9e7CEA3DedcA5984780Bafc599bD69ADd087D56';
const ETH_BSC = '0x2170Ed0880ac9A755fd29B2688956BD959F933F8';
const CAKE_ETH = '0x152649eA73beAb28c5b49B26eb48f7EAD6d4c898';
const GNO_XDAI = '0x9C58BAcC331c9aa871AFD802DB6379a98e80CEdb';
const PANCAKE_V2_FACTORY_PAIR = '0x16b9a82891338f9bA80E2D6970FddA79D1eb0daE';
const BASE_PAIR = '0x4ed4E862860beD51a9570b96d89aF5E1B0Efefed';
const ARB_PAIR = '0xC6962004f452bE9203591991D15f6b388e09E8D0';
const DEXTOOLS_PAIR = '0xd3d2E2692501A5c9Ca623199D38826e513033a17';

export const EXAMPLES: Example[] = [
  // Etherscan family: /token/ and /address/ on each chain's explorer
  [`https://etherscan.io/token/${UNI}`, tok(1, UNI)],
  [`https://etherscan.io/token/${UNI.toLowerCase()}`, tok(1, UNI)],
  [`https://etherscan.io/token/${USDC}#balances`, tok(1, USDC)],
  [`https://etherscan.io/token/${USDT}?a=0x28C6c06298d514Db089934071355E5743bf21d60`, tok(1, USDT)],
  [`https://etherscan.io/token/tokenholderchart/${PEPE}`, tok(1, PEPE)],
  [`https://etherscan.io/address/${WETH}`, tok(1, WETH)],
  [`https://etherscan.io/address/${UNI_GOV}#code`, tok(1, UNI_GOV)],
  [`https://etherscan.io/address/${LINK}#readContract`, tok(1, LINK)],
  [`https://www.etherscan.io/token/${SHIB}`, tok(1, SHIB)],
  [`https://etherscan.io/token/${WBTC}?utm_source=x`, tok(1, WBTC)],
  [`https://sepolia.etherscan.io/token/0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238`, tok(11155111, '0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238')],
  [`https://arbiscan.io/token/${ARB}`, tok(42161, ARB)],
  [`https://arbiscan.io/address/${GMX}`, tok(42161, GMX)],
  [`https://arbiscan.io/token/${USDC_ARB}#balances`, tok(42161, USDC_ARB)],
  [`https://optimistic.etherscan.io/token/${OP}`, tok(10, OP)],
  [`https://optimistic.etherscan.io/address/${VELO}`, tok(10, VELO)],
  [`https://basescan.org/token/${AERO}`, tok(8453, AERO)],
  [`https://basescan.org/address/${USDC_BASE}`, tok(8453, USDC_BASE)],
  [`https://polygonscan.com/token/${USDC_POL}`, tok(137, USDC_POL)],
  [`https://polygonscan.com/address/${WMATIC}#code`, tok(137, WMATIC)],
  [`https://bscscan.com/token/${CAKE}`, tok(56, CAKE)],
  [`https://bscscan.com/address/${WBNB}`, tok(56, WBNB)],
  [`https://bscscan.com/token/${USDT_BSC}?a=0x8894E0a0c962CB723c1976a4421c95949bE2D4E3`, tok(56, USDT_BSC)],
  [`https://gnosisscan.io/token/${GNO_XDAI}`, tok(100, GNO_XDAI)],
  [`https://lineascan.build/token/0x176211869cA2b568f2A7D4EE941E073a821EE1ff`, tok(59144, '0x176211869cA2b568f2A7D4EE941E073a821EE1ff')],
  [`https://snowtrace.io/token/0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E`, tok(43114, '0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E')],
  [`https://sepolia.basescan.org/address/0x036CbD53842c5426634e7929541eC2318f3dCF7e`, tok(84532, '0x036CbD53842c5426634e7929541eC2318f3dCF7e')],
  // Explorer pages that are not about one contract
  ['https://etherscan.io/', null],
  ['https://etherscan.io/blocks', null],
  ['https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060', null],
  ['https://etherscan.io/tokens', null],
  ['https://etherscan.io/gastracker', null],
  ['https://etherscan.io/token/0xnotanaddress', null],
  ['https://etherscan.io/address/0x0000000000000000000000000000000000000000', null],
  ['https://etherscan.io/token/0x1f9840a85d5af5bf1d1762f925bdaddc4201f98', null],
  ['https://etherscan.io/block/21000000', null],
  ['https://bscscan.com/txs', null],
  ['https://arbiscan.io/accounts', null],
  // Blockscout instances
  [`https://eth.blockscout.com/token/${UNI}`, tok(1, UNI)],
  [`https://eth.blockscout.com/address/${COMP}`, tok(1, COMP)],
  [`https://eth.blockscout.com/token/${AAVE}?tab=holders`, tok(1, AAVE)],
  [`https://eth.blockscout.com/address/${LDO}?tab=contract`, tok(1, LDO)],
  [`https://base.blockscout.com/token/${AERO}`, tok(8453, AERO)],
  [`https://optimism.blockscout.com/token/${OP}`, tok(10, OP)],
  [`https://arbitrum.blockscout.com/token/${ARB}`, tok(42161, ARB)],
  [`https://polygon.blockscout.com/address/${WETH_POL}`, tok(137, WETH_POL)],
  [`https://gnosis.blockscout.com/token/${GNO_XDAI}`, tok(100, GNO_XDAI)],
  [
    `https://eth-sepolia.blockscout.com/token/0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238`,
    tok(11155111, '0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238'),
  ],
  [`https://zksync.blockscout.com/token/0x5A7d6b2F92C77FAD6CCaBd7EE0624E64907Eaf3E`, tok(324, '0x5A7d6b2F92C77FAD6CCaBd7EE0624E64907Eaf3E')],
  ['https://eth.blockscout.com/', null],
  ['https://eth.blockscout.com/blocks', null],
  ['https://eth.blockscout.com/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060', null],
  ['https://base.blockscout.com/tokens', null],
  // Uniswap
  [`https://app.uniswap.org/explore/tokens/ethereum/${UNI.toLowerCase()}`, tok(1, UNI)],
  [`https://app.uniswap.org/explore/tokens/ethereum/${PEPE}`, tok(1, PEPE)],
  [`https://app.uniswap.org/explore/tokens/arbitrum/${ARB.toLowerCase()}`, tok(42161, ARB)],
  [`https://app.uniswap.org/explore/tokens/optimism/${OP}`, tok(10, OP)],
  [`https://app.uniswap.org/explore/tokens/base/${AERO.toLowerCase()}`, tok(8453, AERO)],
  [`https://app.uniswap.org/explore/tokens/polygon/${WMATIC}`, tok(137, WMATIC)],
  [`https://app.uniswap.org/explore/tokens/bnb/${CAKE}`, tok(56, CAKE)],
  [`https://app.uniswap.org/tokens/ethereum/${LINK}`, tok(1, LINK)],
  ['https://app.uniswap.org/explore/tokens/ethereum/NATIVE', pro('uniswap')],
  ['https://app.uniswap.org/explore/tokens/solana/So11111111111111111111111111111111111111112', pro('uniswap')],
  [`https://app.uniswap.org/swap?inputCurrency=ETH&outputCurrency=${UNI}`, tok(1, UNI)],
  [`https://app.uniswap.org/swap?chain=mainnet&inputCurrency=ETH&outputCurrency=${PEPE}`, tok(1, PEPE)],
  [`https://app.uniswap.org/swap?chain=ethereum&inputCurrency=${USDC}&outputCurrency=${WBTC}`, tok(1, WBTC)],
  [`https://app.uniswap.org/swap?chain=base&inputCurrency=ETH&outputCurrency=${AERO}`, tok(8453, AERO)],
  [`https://app.uniswap.org/swap?chain=arbitrum&outputCurrency=${GMX}`, tok(42161, GMX)],
  [`https://app.uniswap.org/swap?chain=optimism&inputCurrency=NATIVE&outputCurrency=${OP}`, tok(10, OP)],
  [`https://app.uniswap.org/swap?chain=polygon&inputCurrency=${WETH_POL}&outputCurrency=NATIVE`, tok(137, WETH_POL)],
  [`https://app.uniswap.org/swap?inputCurrency=${USDT}`, tok(1, USDT)],
  [`https://app.uniswap.org/swap?chain=unknownchain&outputCurrency=${UNI}`, pro('uniswap')],
  [`https://app.uniswap.org/#/swap?outputCurrency=${UNI}`, tok(1, UNI)],
  [`https://app.uniswap.org/#/swap?chain=arbitrum&outputCurrency=${ARB}`, tok(42161, ARB)],
  [`https://app.uniswap.org/explore/pools/ethereum/${V3_USDC_WETH}`, pro('uniswap')],
  ['https://app.uniswap.org/swap', pro('uniswap')],
  ['https://app.uniswap.org/swap?inputCurrency=ETH&outputCurrency=NATIVE', pro('uniswap')],
  ['https://app.uniswap.org/', pro('uniswap')],
  ['https://app.uniswap.org/positions', pro('uniswap')],
  ['https://app.uniswap.org/explore', pro('uniswap')],
  ['https://uniswap.org/', pro('uniswap')],
  ['https://uniswap.org/blog/uniswap-v4', pro('uniswap')],
  // PancakeSwap
  [`https://pancakeswap.finance/swap?outputCurrency=${CAKE}`, tok(56, CAKE)],
  [`https://pancakeswap.finance/swap?chain=bsc&inputCurrency=BNB&outputCurrency=${CAKE}`, tok(56, CAKE)],
  [`https://pancakeswap.finance/swap?inputCurrency=${BUSD}&outputCurrency=${ETH_BSC}`, tok(56, ETH_BSC)],
  [`https://pancakeswap.finance/swap?chain=eth&outputCurrency=${CAKE_ETH}`, tok(1, CAKE_ETH)],
  [`https://pancakeswap.finance/swap?chain=arb&inputCurrency=ETH&outputCurrency=${ARB}`, tok(42161, ARB)],
  [`https://pancakeswap.finance/swap?chain=base&outputCurrency=${USDC_BASE}`, tok(8453, USDC_BASE)],
  [`https://pancakeswap.finance/swap?inputCurrency=${USDT_BSC}`, tok(56, USDT_BSC)],
  [`https://pancakeswap.finance/info/v3/tokens/${CAKE.toLowerCase()}`, tok(56, CAKE)],
  [`https://pancakeswap.finance/info/tokens/${WBNB.toLowerCase()}`, tok(56, WBNB)],
  [`https://pancakeswap.finance/info/v3/eth/tokens/${USDC.toLowerCase()}`, tok(1, USDC)],
  [`https://pancakeswap.finance/info/v3/arb/tokens/${ARB}`, tok(42161, ARB)],
  [`https://pancakeswap.finance/add/BNB/${CAKE}`, tok(56, CAKE)],
  ['https://pancakeswap.finance/swap', pro('pancakeswap')],
  ['https://pancakeswap.finance/swap?inputCurrency=BNB', pro('pancakeswap')],
  ['https://pancakeswap.finance/farms', pro('pancakeswap')],
  ['https://pancakeswap.finance/liquidity', pro('pancakeswap')],
  ['https://pancakeswap.finance/', pro('pancakeswap')],
  // Sushi
  [
    `https://www.sushi.com/ethereum/swap?token0=NATIVE&token1=${'0x6B3595068778DD592e39A122f4f5a5cF09C90fE2'}`,
    tok(1, '0x6B3595068778DD592e39A122f4f5a5cF09C90fE2'),
  ],
  [`https://www.sushi.com/arbitrum/swap?token0=${WETH_ARB}&token1=${ARB}`, tok(42161, ARB)],
  [`https://www.sushi.com/base/swap?token0=NATIVE&token1=${USDC_BASE}`, tok(8453, USDC_BASE)],
  [`https://www.sushi.com/polygon/swap?token0=${USDC_POL}&token1=NATIVE`, tok(137, USDC_POL)],
  [`https://www.sushi.com/bsc/swap?token1=${CAKE}`, tok(56, CAKE)],
  [`https://www.sushi.com/swap?chainId=1&token0=NATIVE&token1=${UNI}`, tok(1, UNI)],
  [`https://www.sushi.com/swap?chainId=42161&token0=NATIVE&token1=${GMX}`, tok(42161, GMX)],
  [`https://sushi.com/swap?token1=${LINK}`, tok(1, LINK)],
  ['https://www.sushi.com/ethereum/swap', pro('sushi')],
  ['https://www.sushi.com/ethereum/explore/pools', pro('sushi')],
  ['https://www.sushi.com/', pro('sushi')],
  // 1inch
  [`https://app.1inch.io/#/1/simple/swap/ETH/${UNI}`, tok(1, UNI)],
  [`https://app.1inch.io/#/1/simple/swap/${USDC}/${PEPE}`, tok(1, PEPE)],
  [`https://app.1inch.io/#/1/advanced/swap/ETH/${WBTC}`, tok(1, WBTC)],
  [`https://app.1inch.io/#/56/simple/swap/BNB/${CAKE}`, tok(56, CAKE)],
  [`https://app.1inch.io/#/42161/simple/swap/ETH/${ARB}`, tok(42161, ARB)],
  [`https://app.1inch.io/#/8453/simple/swap/${USDC_BASE}/ETH`, tok(8453, USDC_BASE)],
  [`https://app.1inch.io/swap?src=1:ETH&dst=1:${LINK}`, tok(1, LINK)],
  [`https://app.1inch.io/swap?src=10:${USDC_OP}&dst=10:${OP}`, tok(10, OP)],
  ['https://app.1inch.io/#/1/simple/swap/ETH/DAI', pro('1inch')],
  ['https://app.1inch.io/', pro('1inch')],
  // Aerodrome, Velodrome
  [`https://aerodrome.finance/swap?from=eth&to=${AERO.toLowerCase()}`, tok(8453, AERO)],
  [`https://aerodrome.finance/swap?from=${USDC_BASE}&to=eth`, tok(8453, USDC_BASE)],
  ['https://aerodrome.finance/liquidity', pro('aerodrome')],
  [`https://velodrome.finance/swap?from=eth&to=${VELO}`, tok(10, VELO)],
  ['https://velodrome.finance/vote', pro('velodrome')],
  // DEX Screener
  [`https://dexscreener.com/ethereum/${PEPE_PAIR.toLowerCase()}`, tok(1, PEPE_PAIR)],
  [`https://dexscreener.com/ethereum/${V2_USDC_WETH}`, tok(1, V2_USDC_WETH)],
  [`https://dexscreener.com/ethereum/${PEPE}`, tok(1, PEPE)],
  [`https://dexscreener.com/base/${BASE_PAIR.toLowerCase()}`, tok(8453, BASE_PAIR)],
  [`https://dexscreener.com/arbitrum/${ARB_PAIR}`, tok(42161, ARB_PAIR)],
  [`https://dexscreener.com/bsc/${PANCAKE_V2_FACTORY_PAIR.toLowerCase()}`, tok(56, PANCAKE_V2_FACTORY_PAIR)],
  [`https://dexscreener.com/polygon/${WMATIC}`, tok(137, WMATIC)],
  [`https://dexscreener.com/optimism/${OP}`, tok(10, OP)],
  ['https://dexscreener.com/solana/8sLbNZoA1cfnvMJLPfp98ZLAnFSYCFApfJKMbiXNLwxj', null],
  ['https://dexscreener.com/', null],
  ['https://dexscreener.com/ethereum', null],
  ['https://dexscreener.com/new-pairs/ethereum', null],
  // DEXTools
  [`https://www.dextools.io/app/en/ether/pair-explorer/${DEXTOOLS_PAIR.toLowerCase()}`, tok(1, DEXTOOLS_PAIR)],
  [`https://www.dextools.io/app/en/ether/pair-explorer/${V2_SHIB_PAIR}?t=1717000000000`, tok(1, V2_SHIB_PAIR)],
  [`https://www.dextools.io/app/en/bnb/pair-explorer/${PANCAKE_V2_FACTORY_PAIR}`, tok(56, PANCAKE_V2_FACTORY_PAIR)],
  [`https://www.dextools.io/app/en/base/pair-explorer/${BASE_PAIR}`, tok(8453, BASE_PAIR)],
  [`https://www.dextools.io/app/en/arbitrum/pair-explorer/${ARB_PAIR}`, tok(42161, ARB_PAIR)],
  [`https://www.dextools.io/app/es/polygon/pair-explorer/${WMATIC}`, tok(137, WMATIC)],
  ['https://www.dextools.io/app/en/solana/pair-explorer/8sLbNZoA1cfnvMJLPfp98ZLAnFSYCFApfJKMbiXNLwxj', null],
  ['https://www.dextools.io/app/en/ether', null],
  ['https://www.dextools.io/', null],
  // GeckoTerminal
  [`https://www.geckoterminal.com/eth/pools/${V3_USDC_WETH.toLowerCase()}`, tok(1, V3_USDC_WETH)],
  [`https://www.geckoterminal.com/eth/tokens/${PEPE}`, tok(1, PEPE)],
  [`https://www.geckoterminal.com/base/pools/${BASE_PAIR}`, tok(8453, BASE_PAIR)],
  [`https://www.geckoterminal.com/bsc/pools/${PANCAKE_V2_FACTORY_PAIR}`, tok(56, PANCAKE_V2_FACTORY_PAIR)],
  [`https://www.geckoterminal.com/arbitrum/tokens/${ARB}`, tok(42161, ARB)],
  [`https://www.geckoterminal.com/optimism/tokens/${OP}`, tok(10, OP)],
  [`https://www.geckoterminal.com/polygon_pos/pools/${WMATIC}`, tok(137, WMATIC)],
  [`https://www.geckoterminal.com/xdai/tokens/${GNO_XDAI}`, tok(100, GNO_XDAI)],
  [`https://www.geckoterminal.com/ja/eth/pools/${V2_USDC_WETH}`, tok(1, V2_USDC_WETH)],
  ['https://www.geckoterminal.com/solana/pools/8sLbNZoA1cfnvMJLPfp98ZLAnFSYCFApfJKMbiXNLwxj', null],
  ['https://www.geckoterminal.com/eth/pools', null],
  ['https://www.geckoterminal.com/', null],
  // Protocol apps
  ['https://app.aave.com/', pro('aave')],
  ['https://app.aave.com/reserve-overview/?underlyingAsset=0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48&marketName=proto_mainnet_v3', pro('aave')],
  ['https://app.compound.finance/?market=usdc-mainnet', pro('compound')],
  ['https://curve.finance/dex/#/ethereum/pools', pro('curve')],
  ['https://curve.fi/', pro('curve')],
  ['https://stake.lido.fi/', pro('lido')],
  ['https://vote.lido.fi/', pro('lido')],
  ['https://sky.money/', pro('sky')],
  ['https://vote.makerdao.com/executive', pro('sky')],
  ['https://balancer.fi/pools', pro('balancer')],
  ['https://app.gmx.io/#/trade', pro('gmx')],
  ['https://yearn.fi/vaults', pro('yearn')],
  ['https://curve.convexfinance.com/stake', pro('convex')],
  ['https://frax.finance/', pro('frax')],
  ['https://app.pendle.finance/trade/markets', pro('pendle')],
  ['https://app.morpho.org/ethereum/earn', pro('morpho')],
  ['https://app.eigenlayer.xyz/restake', pro('eigenlayer')],
  ['https://app.ens.domains/vitalik.eth', pro('ens')],
  ['https://arbitrum.foundation/', pro('arbitrum')],
  ['https://vote.optimism.io/proposals', pro('optimism')],
  ['https://staking.synthetix.io/', pro('synthetix')],
  ['https://stake.rocketpool.net/', pro('rocketpool')],
  ['https://app.ethena.fi/stake', pro('ethena')],
  ['https://dydx.trade/trade/ETH-USD', pro('dydx')],
  ['https://app.across.to/bridge', pro('across')],
  ['https://stargate.finance/bridge', pro('stargate')],
  ['https://gnosis.io/', pro('gnosis')],
  ['https://app.radiant.capital/', pro('radiant')],
  ['https://app.venus.io/#/core-pool', pro('venus')],
  ['https://quickswap.exchange/#/swap', pro('quickswap')],
  ['https://app.gearbox.fi/', pro('gearbox')],
  ['https://www.aave.com/', pro('aave')],
  ['HTTPS://APP.AAVE.COM/', pro('aave')],
  ['https://app.aave.com./', pro('aave')],
  // Not DeFi (and look-alikes)
  ['https://www.google.com/search?q=uniswap+token', null],
  [`https://www.google.com/search?q=${UNI}`, null],
  ['https://en.wikipedia.org/wiki/Uniswap', null],
  ['https://github.com/Uniswap/v4-core', null],
  [`https://github.com/search?q=${UNI}`, null],
  ['https://www.nytimes.com/section/technology', null],
  ['https://www.bbc.com/news', null],
  ['https://news.ycombinator.com/item?id=1', null],
  ['https://www.reddit.com/r/ethereum/', null],
  ['https://x.com/Uniswap', null],
  ['https://mail.google.com/mail/u/0/#inbox', null],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', null],
  ['https://docs.uniswap.org/contracts/v4/overview', null],
  ['https://app.uniswap.org.evil.example/swap', null],
  ['https://uniswap.org.phish.example/', null],
  ['https://etherscan.io.evil.example/token/0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984', null],
  ['https://evil-etherscan.io/token/0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984', null],
  ['https://localhost:3000/', null],
  ['http://127.0.0.1:8545/', null],
  ['about:blank', null],
  ['chrome://extensions/', null],
  ['file:///home/user/token.html', null],
  [`ftp://etherscan.io/token/${UNI}`, null],
  ['not a url', null],
  ['', null],
];
