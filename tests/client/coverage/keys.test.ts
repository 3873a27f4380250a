import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyPress } from '../../../client/src/coverage/keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, withModifier: false, inEditable: false, inMap: false, ...extra });

describe('keyCommand', () => {
  it('steps with brackets and n / p in either case', () => {
    expect([']', 'n', 'N'].map((k) => keyCommand(press(k)))).toEqual(['next', 'next', 'next']);
    expect(['[', 'p', 'P'].map((k) => keyCommand(press(k)))).toEqual(['previous', 'previous', 'previous']);
  });

  it('steps with the arrow keys only when the map does not have the focus', () => {
    expect(keyCommand(press('ArrowRight'))).toBe('next');
    expect(keyCommand(press('ArrowLeft'))).toBe('previous');
    expect(keyCommand(press('ArrowRight', { inMap: true }))).toBeNull();
    expect(keyCommand(press(']', { inMap: true }))).toBe('next');
  });

  it('goes up with Escape', () => {
    expect(keyCommand(press('Escape'))).toBe('up');
  });

  it('leaves typing and shortcuts alone', () => {
    expect(keyCommand(press('n', { inEditable: true }))).toBeNull();
    expect(keyCommand(press('p', { withModifier: true }))).toBeNull();
    expect(keyCommand(press('x'))).toBeNull();
    expect(keyCommand(press('ArrowUp'))).toBeNull();
  });
});
