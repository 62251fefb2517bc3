/** Runs once before the unit project: shared, cached preparation (e.g. compiling contracts). */
export default async function setup(): Promise<void> {}
