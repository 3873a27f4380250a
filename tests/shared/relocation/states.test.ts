import { describe, expect, it } from 'vitest';
import { ALLOWED_TRANSITIONS, checkTransition, RELOCATION_STATES, unaccountedFor, type RelocationState } from '../../../shared/relocation/states';

// The allowed moves, written out by hand from the ledger's rules; the test walks all 64 pairs.
const EXPECTED: Record<RelocationState, RelocationState[]> = {
  in_zone: ['moving_out', 'floating', 'lost_contact'],
  moving_out: ['transitional', 'resettled', 'floating', 'lost_contact'],
  transitional: ['resettled', 'floating', 'lost_contact'],
  resettled: ['reported', 'transferred', 'floating', 'lost_contact'],
  reported: ['transferred', 'floating', 'lost_contact'],
  floating: ['resettled', 'reported', 'transferred', 'lost_contact'],
  lost_contact: ['moving_out', 'transitional', 'resettled', 'reported', 'floating'],
  transferred: [],
};

describe('relocation state machine', () => {
  for (const from of RELOCATION_STATES) {
    for (const to of RELOCATION_STATES) {
      const allowed = EXPECTED[from].includes(to);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        const check = checkTransition(from, to);
        expect(check.ok).toBe(allowed);
        if (!check.ok) {
          expect(check.allowed).toEqual(EXPECTED[from]);
          if (EXPECTED[from].length > 0) expect(check.message).toContain(`allowed next states: ${EXPECTED[from].join(', ')}`);
          else expect(check.message).toMatch(/final/);
        }
      });
    }
  }

  it('has no state that cannot eventually be transferred, except transferred itself', () => {
    const reachesTransfer = (s: RelocationState, seen = new Set<RelocationState>()): boolean =>
      s === 'transferred' || (!seen.has(s) && ALLOWED_TRANSITIONS[s].some((n) => reachesTransfer(n, new Set([...seen, s]))));
    for (const s of RELOCATION_STATES) expect(reachesTransfer(s), s).toBe(true);
  });

  it('counts only reported and transferred members as accounted for', () => {
    expect(RELOCATION_STATES.filter(unaccountedFor)).toEqual(['in_zone', 'moving_out', 'transitional', 'resettled', 'floating', 'lost_contact']);
  });
});
