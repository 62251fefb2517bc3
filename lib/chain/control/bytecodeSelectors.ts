import type { Hex } from '../../report/types';

/**
 * Candidate function selectors in EVM runtime code: the operands of PUSH4 (and PUSH3, because
 * solc drops a selector's leading zero byte), walked opcode by opcode so push data is never
 * read as opcodes. Over-inclusive by design; callers match against a known table.
 */
export function bytecodeSelectors(code: Hex | undefined): Set<Hex> {
  const out = new Set<Hex>();
  if (!code || code.length < 4) return out;
  const hex = code.startsWith('0x') ? code.slice(2) : code;
  const len = hex.length >> 1;
  let i = 0;
  while (i < len) {
    const op = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    if (op >= 0x60 && op <= 0x7f) {
      const n = op - 0x5f;
      if ((n === 4 || n === 3) && i + n < len) {
        const operand = hex.slice((i + 1) * 2, (i + 1 + n) * 2).toLowerCase();
        out.add(`0x${operand.padStart(8, '0')}` as Hex);
      }
      i += n + 1;
    } else {
      i += 1;
    }
  }
  return out;
}
