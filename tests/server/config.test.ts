import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, timeZoneFrom } from '../../server/config';
import { DEFAULT_RULES } from '../../shared/rules/config';

describe('readConfig', () => {
  it('has working defaults', () => {
    expect(readConfig({})).toEqual({ port: 3000, host: '127.0.0.1', dbPath: 'var/gridmap.db', rules: DEFAULT_RULES, timeZone: 'Asia/Shanghai', trustProxy: false });
  });

  it('reads PORT, HOST, GRIDMAP_DB and a rules file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gridmap-cfg-')), 'rules.json');
    writeFileSync(file, JSON.stringify({ gridMaxHouseholds: { value: 600, inclusive: false } }));
    const c = readConfig({ PORT: '8080', HOST: '0.0.0.0', GRIDMAP_DB: '/data/g.db', GRIDMAP_RULES: file });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', dbPath: '/data/g.db' });
    expect(c.rules.gridMaxHouseholds).toEqual({ value: 600, inclusive: false });
  });

  it('reads GRIDMAP_TIMEZONE, for the server, `npm run seed` and `npm run import` alike', () => {
    expect(readConfig({ GRIDMAP_TIMEZONE: 'Asia/Urumqi' }).timeZone).toBe('Asia/Urumqi');
    expect(timeZoneFrom({ GRIDMAP_TIMEZONE: 'Asia/Urumqi' })).toBe('Asia/Urumqi');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ GRIDMAP_RULES: '/nonexistent/rules.json' }, /cannot be read/],
    [{ GRIDMAP_TIMEZONE: 'Beijing' }, /^GRIDMAP_TIMEZONE "Beijing" is not an IANA time zone; give one such as Asia\/Shanghai\.$/],
  ])('fails loudly on %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
