/**
 * A Snapshot hub look-alike: POST /graphql with {query, variables}. It recognises the root
 * field (space / proposals / votes), reads arguments from the variables, enforces the hub's
 * limits (first ≤ 1000, skip ≤ 5000) with GraphQL errors, and orders votes by vp desc.
 */
import { startLoopback, type Loopback, type RecordedRequest, type Reply } from './server';

export interface HubSpace {
  id: string;
  name?: string;
  admins: string[];
  members?: string[];
  strategies: { name: string; network?: string; params?: Record<string, unknown> }[];
  voting?: { quorum?: number | null; type?: string | null };
}

export interface HubProposal {
  id: string;
  space: string;
  scores: number[];
  scores_total: number;
  quorum: number;
  snapshot: string;
  state: 'closed' | 'active' | 'pending';
  created: number;
}

export interface HubVote {
  voter: string;
  vp: number;
}

export interface SnapshotHubOptions {
  spaces: HubSpace[];
  proposals: HubProposal[];
  votes: Record<string, HubVote[]>;
}

const gqlError = (message: string): Reply => ({ json: { errors: [{ message, locations: [{ line: 1, column: 1 }] }] } });

export async function startSnapshotHub(opts: SnapshotHubOptions): Promise<Loopback> {
  function route(req: RecordedRequest): Reply {
    if (req.method !== 'POST' || req.path !== '/graphql') return { status: 404, text: 'Not Found' };
    let body: { query?: string; variables?: Record<string, unknown> };
    try {
      body = JSON.parse(req.body);
    } catch {
      return { status: 400, json: { errors: [{ message: 'Unexpected token in JSON' }] } };
    }
    const q = body.query ?? '';
    const v = body.variables ?? {};
    const first = typeof v.first === 'number' ? v.first : 20;
    const skip = typeof v.skip === 'number' ? v.skip : 0;
    if (first > 1000) return gqlError('The `first` argument must not be greater than 1000');
    if (skip > 5000) return gqlError('The `skip` argument must not be greater than 5000');
    const root = /\{\s*(space|proposals|votes)\s*\(/.exec(q)?.[1];
    if (root === 'space') {
      const s = opts.spaces.find((x) => x.id === v.id);
      if (!s) return { json: { data: { space: null } } };
      return {
        json: {
          data: {
            space: {
              id: s.id,
              name: s.name ?? s.id,
              admins: s.admins,
              members: s.members ?? [],
              strategies: s.strategies.map((st) => ({ name: st.name, network: st.network ?? '1', params: st.params ?? {} })),
              voting: { quorum: s.voting?.quorum ?? null, type: s.voting?.type ?? null },
            },
          },
        },
      };
    }
    if (root === 'proposals') {
      const list = opts.proposals
        .filter((p) => p.space === v.space && p.state === 'closed')
        .sort((a, b) => b.created - a.created)
        .slice(skip, skip + first)
        .map((p) => ({
          id: p.id,
          scores: p.scores,
          scores_total: p.scores_total,
          quorum: p.quorum,
          snapshot: p.snapshot,
          votes: (opts.votes[p.id] ?? []).length,
          state: p.state,
        }));
      return { json: { data: { proposals: list } } };
    }
    if (root === 'votes') {
      const all = [...(opts.votes[String(v.proposal)] ?? [])].sort((a, b) => b.vp - a.vp);
      return { json: { data: { votes: all.slice(skip, skip + first).map((x) => ({ voter: x.voter, vp: x.vp })) } } };
    }
    return gqlError('Cannot query field on type "Query"');
  }
  return startLoopback(route);
}
