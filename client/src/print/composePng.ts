/**
 * The printed sheet as a PNG: a white page at `dpi`, the map's canvas in the map's place, and
 * the frame's SVG (title, legend, scale bar, north arrow) drawn over it. The SVG holds no
 * foreign content, so drawing it leaves the canvas readable.
 */
import type { PaperSize } from '../route';
import { LAYOUT_WIDTH, PAPER_MM, printLayout } from './layout';

/** Dots per inch of the PNG: sharp on an A4 or A3 print, a few megabytes. */
export const PNG_DPI = 200;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map frame could not be drawn.'));
    image.src = url;
  });
}

/** Pixels of the PNG per layout unit (A4 millimetre) on `size` paper. */
export function pixelsPerUnit(size: PaperSize, dpi = PNG_DPI): number {
  return ((PAPER_MM[size].width / LAYOUT_WIDTH) * dpi) / 25.4;
}

/** Composes the sheet; resolves to the PNG. */
export async function composePng(frame: SVGSVGElement, mapCanvas: HTMLCanvasElement, size: PaperSize, dpi = PNG_DPI): Promise<Blob> {
  const scale = pixelsPerUnit(size, dpi);
  const width = Math.round((PAPER_MM[size].width * dpi) / 25.4);
  const height = Math.round((PAPER_MM[size].height * dpi) / 25.4);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the PNG.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  const { map } = printLayout();
  context.drawImage(mapCanvas, map.x * scale, map.y * scale, map.width * scale, map.height * scale);
  const copy = frame.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  try {
    context.drawImage(await loadImage(url), 0, 0, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}
