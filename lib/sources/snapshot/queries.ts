/** The GraphQL documents we send; every argument is a variable so the server sees plain data. */

export const SPACE_QUERY = `query Space($id: String!) {
  space(id: $id) {
    id
    name
    admins
    members
    strategies { name network params }
    voting { quorum type }
  }
}`;

export const PROPOSALS_QUERY = `query Proposals($space: String!, $first: Int!) {
  proposals(first: $first, skip: 0, where: { space: $space, state: "closed" }, orderBy: "created", orderDirection: desc) {
    id
    scores
    scores_total
    quorum
    snapshot
    votes
    state
  }
}`;

export const VOTES_QUERY = `query Votes($proposal: String!, $first: Int!, $skip: Int!) {
  votes(first: $first, skip: $skip, where: { proposal: $proposal }, orderBy: "vp", orderDirection: desc) {
    voter
    vp
  }
}`;
