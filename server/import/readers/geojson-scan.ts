/**
 * A streaming scanner for GeoJSON text: it hands out each element of a FeatureCollection's
 * `features` array (or of a bare top-level array, the malformed container some web tools
 * write) as soon as its closing brace arrives, so a file of any size is read with the memory
 * of one feature. Everything outside the features (type, crs, name…) is kept as text with
 * an empty `features` array, to be parsed at the end.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJ = 123;
const CLOSE_OBJ = 125;
const OPEN_ARR = 91;
const CLOSE_ARR = 93;
const COLON = 58;
const COMMA = 44;

export class GeoJsonScanner {
  /** `{` or `[`: what the top-level value is; null before it starts. */
  top: '{' | '[' | null = null;
  private depth = 0;
  private inString = false;
  private escape = false;
  /** Depth at which elements of the features array sit; -1 until that array is entered. */
  private featureDepth = -1;
  private inFeature = false;
  private featureText: string[] = [];
  private keyText: string[] | null = null;
  private lastKey = '';
  private pendingKey: string | null = null;
  private readonly outer: string[] = [];
  /** Top-level non-object array elements seen (numbers, strings): not features. */
  strayElements = 0;

  /** Feeds `chunk`; returns the text of every element completed in it. */
  push(chunk: string): string[] {
    const done: string[] = [];
    let outerFrom = this.inFeature || this.inFeatureArray() ? -1 : 0;
    let featureFrom = this.inFeature ? 0 : -1;
    let keyFrom = this.keyText ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyText && keyFrom >= 0) {
            this.keyText.push(chunk.slice(keyFrom, i));
            this.lastKey = this.keyText.join('');
            this.keyText = null;
            keyFrom = -1;
          }
        }
        continue;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && this.top === '{' && !this.inFeature) {
          this.keyText = [];
          keyFrom = i + 1;
        }
      } else if (c === OPEN_OBJ || c === OPEN_ARR) {
        if (this.depth === 0) {
          this.top = c === OPEN_OBJ ? '{' : '[';
          if (this.top === '[') {
            this.featureDepth = 1;
            this.outer.push('[');
            outerFrom = -1;
          }
        }
        if (this.depth === this.featureDepth && c === OPEN_OBJ && !this.inFeature) {
          this.inFeature = true;
          featureFrom = i;
        }
        this.depth += 1;
        if (this.depth === 2 && this.top === '{' && this.pendingKey === 'features' && c === OPEN_ARR) {
          this.featureDepth = 2;
          if (outerFrom >= 0) this.outer.push(chunk.slice(outerFrom, i + 1));
          outerFrom = -1;
        }
      } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
        this.depth -= 1;
        if (this.inFeature && this.depth === this.featureDepth) {
          this.featureText.push(chunk.slice(featureFrom, i + 1));
          done.push(this.featureText.join(''));
          this.featureText = [];
          this.inFeature = false;
          featureFrom = -1;
        } else if (this.depth === this.featureDepth - 1 && c === CLOSE_ARR && this.featureDepth > 0) {
          // The features array closes: outer text resumes with its bracket.
          this.featureDepth = -2;
          outerFrom = i;
        }
      } else if (this.depth === 1 && this.top === '{' && !this.inFeature) {
        if (c === COLON) this.pendingKey = this.lastKey;
        else if (c === COMMA) this.pendingKey = null;
      } else if (this.depth === this.featureDepth && !this.inFeature && c > 32 && c !== COMMA) {
        this.strayElements += 1;
      }
    }
    if (this.inFeature && featureFrom >= 0) this.featureText.push(chunk.slice(featureFrom));
    if (this.keyText && keyFrom >= 0) this.keyText.push(chunk.slice(keyFrom));
    if (outerFrom >= 0) this.outer.push(chunk.slice(outerFrom));
    return done;
  }

  private inFeatureArray(): boolean {
    return this.featureDepth > 0 && this.depth >= this.featureDepth;
  }

  /** Whether every bracket opened was closed (a truncated file is not). */
  get complete(): boolean {
    return this.top !== null && this.depth === 0 && !this.inString;
  }

  /** The text outside the features, with `"features":[]` left in place (or the whole value when it had none). */
  outerText(): string {
    return this.outer.join('');
  }
}
