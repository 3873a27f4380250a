/**
 * A MapLibre control on the relocation map saying how many smaller flows the view leaves out
 * (and that the panel still counts them); hidden while nothing is left out. The adapter sets
 * its text after each pick of arcs.
 */
import type { IControl } from 'maplibre-gl';

export class FlowNoteControl implements IControl {
  private readonly box: HTMLDivElement;

  constructor() {
    this.box = document.createElement('div');
    this.box.className = 'maplibregl-ctrl reloc-flow-note';
    this.box.setAttribute('role', 'status');
    // The page's stylesheet is not this module's: the few rules the note needs travel with it.
    Object.assign(this.box.style, {
      maxWidth: '340px', padding: '4px 8px', borderRadius: '4px', fontSize: '12px', lineHeight: '1.4',
      background: 'rgba(255, 255, 255, 0.92)', color: '#37474f', boxShadow: '0 1px 3px rgba(0, 0, 0, 0.25)', display: 'none',
    });
  }

  onAdd(): HTMLElement {
    return this.box;
  }

  onRemove(): void {
    this.box.remove();
  }

  /** Shows `text`, or hides the note when it is null. */
  show(text: string | null): void {
    this.box.textContent = text ?? '';
    this.box.style.display = text === null ? 'none' : 'block';
  }
}
