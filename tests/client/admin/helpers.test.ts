import { describe, expect, it } from 'vitest';
import type { BranchProps } from '../../../shared/api';
import { branchLabel, branchOptions } from '../../../client/src/admin/branchOptions';
import { formatInstant } from '../../../client/src/admin/time';

const branch = (id: number, code: string, name: string) => ({ properties: { id, code, name } as BranchProps });

describe('branch options for an account', () => {
  it('are ordered by code and read "code name"', () => {
    const options = branchOptions({ features: [branch(2, '37020302000102', '第二网格'), branch(1, '37020302000101', '第一网格')] });
    expect(options).toEqual([{ id: 1, label: '37020302000101 第一网格' }, { id: 2, label: '37020302000102 第二网格' }]);
    expect(branchLabel(options, 2)).toBe('37020302000102 第二网格');
    expect(branchLabel(options, 9)).toBe('#9');
    expect(branchLabel(options, null)).toBe('');
    expect(branchOptions(null)).toEqual([]);
  });
});

describe('instants', () => {
  it('read in the local time of the browser, to the minute; anything else as given', () => {
    const text = formatInstant('2026-05-22T01:30:00Z', 'en');
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/\d{2}:\d{2}/);
    expect(formatInstant('not a time', 'en')).toBe('not a time');
  });
});
