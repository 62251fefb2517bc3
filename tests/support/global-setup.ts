import { loadContracts } from './compile';

/** Runs once before the unit project: compile test contracts into the cache so workers only read it. */
export default async function setup(): Promise<void> {
  loadContracts();
}
