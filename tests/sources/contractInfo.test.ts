/** contractInfo(): verification status, creator and creation transaction/block from loopback Blockscout. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractInfo } from '../../lib/sources/contractInfo';
import { MalformedResponseError } from '../../lib/sources/errors';
import { SourceHttp } from '../../lib/sources/http/sourceHttp';
import { startBlockscout, type BlockscoutServer } from '../support/loopback/blockscout';

const VERIFIED = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
const UNVERIFIED = '0x2222222222222222222222222222222222222222';
const EOA = '0x3333333333333333333333333333333333333333';
const CREATOR = '0x41653c7d61609D856f29355E404F310Ec4142Cfb';
const TX = `0x${'ab'.repeat(32)}`;

describe('contractInfo', () => {
  let server: BlockscoutServer;
  const http = new SourceHttp({ policies: { blockscout: [{ capacity: 20, perSecond: 200 }] } });
  const config = () => ({ chainId: 1, blockscoutUrl: server.url, http });

  beforeAll(async () => {
    server = await startBlockscout({
      addresses: [
        {
          address: VERIFIED,
          isContract: true,
          verified: true,
          name: 'Uni',
          creator: CREATOR,
          creationTx: TX,
          creationBlock: 10861674,
          creationTimestamp: 1600107086,
        },
        { address: UNVERIFIED, isContract: true, creator: CREATOR },
        { address: EOA, isContract: false },
      ],
    });
  });
  afterAll(() => server.close());

  it('a verified contract: name, creator, creation tx, block and time', async () => {
    expect(await contractInfo(config(), VERIFIED)).toEqual({
      source: 'blockscout',
      address: VERIFIED,
      isContract: true,
      name: 'Uni',
      verifiedSource: true,
      creator: CREATOR,
      creationTx: TX,
      creationBlock: 10861674,
      creationTimestamp: 1600107086,
    });
  });

  it('an unverified contract (bytecode only) is verifiedSource: false', async () => {
    const info = await contractInfo(config(), UNVERIFIED);
    expect(info).toMatchObject({ isContract: true, verifiedSource: false, creator: CREATOR, creationTx: null });
  });

  it('an EOA asks nothing about source code', async () => {
    server.reset();
    const info = await contractInfo(config(), EOA);
    expect(info).toMatchObject({ isContract: false, verifiedSource: false, creator: null });
    expect(server.requests.map((r) => r.path)).toEqual([`/api/v2/addresses/${EOA.toLowerCase()}`]);
  });

  it('a creator that is not an address is malformed, not passed on', async () => {
    server.inject({ kind: 'raw', body: JSON.stringify({ hash: VERIFIED, is_contract: true, creator_address_hash: 'vitalik.eth' }) });
    const err = await contractInfo(config(), VERIFIED).catch((e) => e);
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err.reason).toMatch(/creator_address_hash/);
  });

  it('the older field name creation_tx_hash is understood', async () => {
    server.inject({ kind: 'raw', body: JSON.stringify({ hash: EOA, is_contract: false, creator_address_hash: CREATOR, creation_tx_hash: TX }) });
    server.inject({ kind: 'status', status: 404, body: '{"message":"Not found"}' }, (r) => r.path.startsWith('/api/v2/transactions'));
    const info = await contractInfo(config(), EOA);
    // The creation tx lookup failed (404): the rest is still there.
    expect(info).toMatchObject({ creator: CREATOR, creationTx: TX });
    expect(info.creationBlock).toBeUndefined();
  });
});
