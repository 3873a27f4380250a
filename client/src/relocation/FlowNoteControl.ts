/**
 * A MapLibre control on the relocation map saying how many smaller flows the view leaves out
 * (and that the panel still counts them); hidden while nothing is left out. The adapter sets
 * its text after each pick of arcs; its look is in styles/relocation.css.
 */
import type { IControl } from 'maplibre-gl';

/** The note's box; added to the map's top-left corner by the adapter. */
export class FlowNoteControl implements IControl {
  private readonly box: HTMLDivElement;

  constructor() {
    this.box = document.createElement('div');
    this.box.className = 'maplibregl-ctrl reloc-flow-note';
    this.box.setAttribute('role', 'status');
    this.box.hidden = true;
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
    this.box.hidden = text === null;
  }
}
