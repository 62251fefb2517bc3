/** A Tally look-alike: POST /query with header Api-Key; delegates(input) paginated by cursor. */
import { startLoopback, type Loopback, type RecordedRequest, type Reply } from './server';

export interface TallyDelegateRow {
  address: string;
  name?: string;
  votesCount: bigint;
  delegatorsCount: number;
}

export async function startTally(apiKey: string, governors: Record<string, TallyDelegateRow[]>): Promise<Loopback> {
  function route(req: RecordedRequest): Reply {
    if (req.headers['api-key'] !== apiKey) return { status: 401, json: { errors: [{ message: 'Unauthorized' }] } };
    const body = JSON.parse(req.body) as { variables?: { input?: { filters?: { governorId?: string }; page?: { limit?: number; afterCursor?: string } } } };
    const input = body.variables?.input ?? {};
    const rows = [...(governors[input.filters?.governorId ?? ''] ?? [])].sort((a, b) => (a.votesCount > b.votesCount ? -1 : 1));
    const start = input.page?.afterCursor ? Number(Buffer.from(input.page.afterCursor, 'base64').toString()) : 0;
    const limit = Math.min(input.page?.limit ?? 20, 20);
    const page = rows.slice(start, start + limit);
    const end = start + page.length;
    return {
      json: {
        data: {
          delegates: {
            nodes: page.map((r) => ({
              id: r.address,
              account: { address: r.address, name: r.name ?? '' },
              votesCount: r.votesCount.toString(),
              delegatorsCount: r.delegatorsCount,
            })),
            pageInfo: { firstCursor: Buffer.from(String(start)).toString('base64'), lastCursor: end < rows.length ? Buffer.from(String(end)).toString('base64') : null, count: rows.length },
          },
        },
      },
    };
  }
  return startLoopback(route);
}
