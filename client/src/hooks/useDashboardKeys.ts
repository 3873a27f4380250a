/**
 * Listens for the dashboard's keys on the whole page (see `coverage/keys.ts`). Escape first
 * closes an open popup, then goes up a level.
 */
import { useEffect } from 'react';
import { keyCommand } from '../coverage/keys';
import { useAppStore } from '../state/store';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useDashboardKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = keyCommand({
        key: event.key,
        withModifier: event.ctrlKey || event.metaKey || event.altKey,
        inEditable: isEditable(event.target),
        inMap: event.target instanceof Element && event.target.closest('.map') !== null,
      });
      if (!command) return;
      const state = useAppStore.getState();
      if (command === 'up') {
        if (state.selection) state.select(null);
        else state.goUp();
      } else {
        state.stepGap(command === 'next' ? 1 : -1);
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
