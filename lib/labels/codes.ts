import type { LabelCategory } from '../report/types';

/** One-letter category codes used in the packed table (keeps the bundle small). */
export const CATEGORY_CODES: Record<LabelCategory, string> = {
  burn: 'b',
  dex: 'd',
  bridge: 'g',
  cex: 'c',
  locker: 'l',
  treasury: 't',
  multisig: 'm',
  sanctioned: 's',
  other: 'o',
};

export const CATEGORY_BY_CODE: Record<string, LabelCategory> = Object.fromEntries(
  Object.entries(CATEGORY_CODES).map(([category, code]) => [code, category as LabelCategory]),
);
