/**
 * Keyboard shortcuts of the planner's workspace: Ctrl+Z undo, Ctrl+Shift+Z (or Ctrl+Y) redo,
 * Escape clears the selection (and stops picking a target). Not while typing in a field.
 */
import { useEffect } from 'react';
import { useAppStore } from '../state/store';

export function usePlannerKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if (typing) return;
      const s = useAppStore.getState();
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === 'z') {
        e.preventDefault();
        if (e.shiftKey) s.redoPlan();
        else s.undoPlan();
      } else if ((e.ctrlKey || e.metaKey) && key === 'y') {
        e.preventDefault();
        s.redoPlan();
      } else if (key === 'escape') {
        s.setPlannerSelection([]);
        s.setPickingTarget(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
