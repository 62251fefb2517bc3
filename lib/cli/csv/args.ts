import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../../errors';

/** node:util parseArgs, with its errors turned into one readable InputError line. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    // node's messages run on ("… To specify a positional argument …"); the first sentence is the problem.
    const first = (err as Error).message.split('\n')[0]!.split('. ')[0];
    throw new InputError(`${command}: ${first}`, { cause: err });
  }
}

export function integerOption(command: string, name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new InputError(`${command}: --${name} must be an integer from 0 to ${max}, got "${value}"`);
  }
  return Number(value);
}
