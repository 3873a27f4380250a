import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ms, renderSection, writeSection, type RunInfo } from '../../../bench/lib/report';
import { toRow } from '../../../bench/lib/result';

describe('BENCHMARKS.md sections', () => {
  it('replaces only its own section and keeps the hand-written text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-report-')), 'BENCHMARKS.md');
    writeFileSync(file, '# Benchmarks\n\nHow to read this.\n');
    writeSection(file, 'foundation', 'first run');
    writeSection(file, 'coverage', 'coverage run');
    writeSection(file, 'foundation', 'second run');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('How to read this.');
    expect(text).toContain('coverage run');
    expect(text).toContain('second run');
    expect(text).not.toContain('first run');
    expect(text.indexOf('second run')).toBeLessThan(text.indexOf('coverage run'));
  });

  it('renders run facts, sizes and a row with medians, p95 and the ratio', () => {
    const info: RunInfo = { date: '2026-01-01 00:00 UTC', command: 'npm run bench -- coverage', quick: false, load: 1.5 };
    const row = toRow('demo', 'full recompute', 'engine', 'plain loop', { candidate: [1, 2, 3], baseline: [10, 40, 30] });
    const text = renderSection('Coverage', info, [{ scale: 'demo', communities: 9, branches: 78, buildings: 1228, households: 28123, members: 3600, leads: 641 }], { rows: [row], notes: ['checked'] });
    expect(text).toContain('`npm run bench -- coverage`');
    expect(text).toContain('| demo | 9 | 78 | 1,228 | 28,123 | 3,600 | 641 |');
    // Pair ratios 10, 20, 10 → 10×; medians 2 and 30; p95 3 and 40.
    expect(text).toContain('| demo | full recompute | engine | 3 | 2.00 | 3.00 | plain loop | 30.0 | 40.0 | 10× |  |');
    expect(text).toContain('- checked');
  });

  it('prints milliseconds with three significant figures', () => {
    expect([ms(0.12345), ms(1.2345), ms(12.345), ms(123.45)]).toEqual(['0.123', '1.23', '12.3', '123']);
  });
});
