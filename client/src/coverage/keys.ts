/**
 * The dashboard's keyboard: `]` / `n` and `[` / `p` step through gaps, as do the arrow keys
 * when the map does not have the focus (there they pan the map); `Escape` goes up a level.
 * Pure, so the rules are unit-tested without a browser.
 */

export type KeyCommand = 'next' | 'previous' | 'up';

/** What the key handler knows about one key press. */
export interface KeyPress {
  key: string;
  /** Ctrl, Alt or Meta held: the browser's or the system's shortcut, not ours. */
  withModifier: boolean;
  /** The press went to a text field, select or editable element, which needs its keys. */
  inEditable: boolean;
  /** The map has the focus: its arrow keys pan. */
  inMap: boolean;
}

/** The command a key press means, or null for a key the dashboard leaves alone. */
export function keyCommand(press: KeyPress): KeyCommand | null {
  if (press.withModifier || press.inEditable) return null;
  switch (press.key) {
    case ']':
    case 'n':
    case 'N':
      return 'next';
    case '[':
    case 'p':
    case 'P':
      return 'previous';
    case 'ArrowRight':
      return press.inMap ? null : 'next';
    case 'ArrowLeft':
      return press.inMap ? null : 'previous';
    case 'Escape':
      return 'up';
    default:
      return null;
  }
}
