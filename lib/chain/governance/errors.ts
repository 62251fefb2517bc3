import { ChainError } from '../errors';

/** The address answers neither as an OpenZeppelin Governor nor as a GovernorBravo. */
export class NotAGovernorError extends ChainError {
  override name = 'NotAGovernorError';
  constructor(
    readonly address: string,
    options: { cause?: unknown; details?: string } = {},
  ) {
    super(`${address} is not a recognised governor (OpenZeppelin Governor or GovernorBravo)`, options);
  }
}
