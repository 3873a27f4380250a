import { describe, expect, it } from 'vitest';
import { clockFlags, LOST_CONTACT_REASONS } from '../../../shared/relocation/clocks';

const rules = { lostContactMonths: { value: 6, inclusive: true }, transferDueMonths: { value: 6, inclusive: true } };
// A fixed clock: every case is judged as of 2026-11-22.
const TODAY = '2026-11-22';

describe('relocation clocks (fixed clock 2026-11-22)', () => {
  it('flags lost contact after 6 whole months without contact, reason ⑥ residence changed', () => {
    const due = clockFlags({ state: 'transitional', lastContact: '2026-05-22', movedOutOn: '2026-06-01' }, TODAY, rules);
    expect(due.lostContact).toEqual({ due: true, months: 6, reason: 6 });
    expect(LOST_CONTACT_REASONS[due.lostContact.reason]).toBe('居住地改变');
    const notYet = clockFlags({ state: 'transitional', lastContact: '2026-05-23', movedOutOn: '2026-06-01' }, TODAY, rules);
    expect(notYet.lostContact.due).toBe(false);
  });

  it('treats never contacted as overdue, but not a member already marked lost or transferred', () => {
    expect(clockFlags({ state: 'in_zone', lastContact: null, movedOutOn: null }, TODAY, rules).lostContact.due).toBe(true);
    expect(clockFlags({ state: 'lost_contact', lastContact: null, movedOutOn: null }, TODAY, rules).lostContact.due).toBe(false);
    expect(clockFlags({ state: 'transferred', lastContact: '2020-01-01', movedOutOn: '2020-01-01' }, TODAY, rules).lostContact.due).toBe(false);
  });

  it('flags a transfer due 6 months after moving out, until transferred', () => {
    expect(clockFlags({ state: 'resettled', lastContact: TODAY, movedOutOn: '2026-05-22' }, TODAY, rules).transferDue).toEqual({ due: true, months: 6 });
    expect(clockFlags({ state: 'resettled', lastContact: TODAY, movedOutOn: '2026-06-22' }, TODAY, rules).transferDue.due).toBe(false);
    expect(clockFlags({ state: 'reported', lastContact: TODAY, movedOutOn: '2025-01-01' }, TODAY, rules).transferDue.due).toBe(true);
    expect(clockFlags({ state: 'transferred', lastContact: TODAY, movedOutOn: '2025-01-01' }, TODAY, rules).transferDue.due).toBe(false);
  });

  it('follows an exclusive edge', () => {
    const strict = { ...rules, transferDueMonths: { value: 6, inclusive: false } };
    expect(clockFlags({ state: 'resettled', lastContact: TODAY, movedOutOn: '2026-05-22' }, TODAY, strict).transferDue.due).toBe(false);
  });
});
