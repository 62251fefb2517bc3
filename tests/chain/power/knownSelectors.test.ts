import { keccak256, stringToHex, toFunctionSelector } from 'viem';
import { describe, expect, it } from 'vitest';
import { bytecodeSelectors } from '../../../lib/chain/control/bytecodeSelectors';
import { MARKER_SELECTORS, PRIVILEGE_SELECTORS } from '../../../lib/chain/control/knownSelectors';
import { ROLE_GRANTED_TOPIC, ROLE_REVOKED_TOPIC, roleName } from '../../../lib/chain/control/roles';
import { EIP1967_SLOTS, ZEPPELINOS_SLOTS } from '../../../lib/chain/control/eip1967';

describe('known selectors', () => {
  it.each([...PRIVILEGE_SELECTORS, ...Object.values(MARKER_SELECTORS)])('$signature → $selector', ({ signature, selector }) => {
    expect(toFunctionSelector(signature)).toBe(selector);
  });

  it('has no selector under two privileges', () => {
    const seen = new Map<string, string>();
    for (const k of PRIVILEGE_SELECTORS) {
      expect(seen.get(k.selector) ?? k.privilege).toBe(k.privilege);
      seen.set(k.selector, k.privilege);
    }
  });

  it('role topics, role names and EIP-1967 slots are the standard ones', () => {
    expect(ROLE_GRANTED_TOPIC).toBe(keccak256(stringToHex('RoleGranted(bytes32,address,address)')));
    expect(ROLE_REVOKED_TOPIC).toBe(keccak256(stringToHex('RoleRevoked(bytes32,address,address)')));
    expect(roleName(keccak256(stringToHex('MINTER_ROLE')))).toBe('MINTER_ROLE');
    for (const [name, slot] of Object.entries(EIP1967_SLOTS)) {
      expect(BigInt(slot)).toBe(BigInt(keccak256(stringToHex(`eip1967.proxy.${name}`))) - 1n);
    }
    for (const [name, slot] of Object.entries(ZEPPELINOS_SLOTS)) {
      expect(slot).toBe(keccak256(stringToHex(`org.zeppelinos.proxy.${name}`)));
    }
  });
});

describe('bytecodeSelectors', () => {
  it('reads PUSH4 operands and skips push data', () => {
    // PUSH4 40c10f19, PUSH32 (contains 63 8456cb59 as data, must not count), PUSH3 fdd58e (leading zero dropped)
    const code = `0x6340c10f19 7f${'63' + '8456cb59' + '00'.repeat(27)} 62fdd58e`.replace(/ /g, '') as `0x${string}`;
    const found = bytecodeSelectors(code);
    expect(found.has('0x40c10f19')).toBe(true);
    expect(found.has('0x00fdd58e')).toBe(true);
    expect(found.has('0x8456cb59')).toBe(false);
  });

  it('is empty for no code', () => {
    expect(bytecodeSelectors(undefined).size).toBe(0);
    expect(bytecodeSelectors('0x').size).toBe(0);
  });
});
