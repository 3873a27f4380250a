/**
 * The built client must work on an intranet with no way out: nothing in `dist/client` may
 * name an http(s) URL that a browser would fetch. The few URLs that are only text (XML
 * namespaces, links in library error messages and licence headers) are listed with why.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIR, buildClientOnce } from './clientBuild';

/** URL prefixes that appear in the bundle but are never requested, with the reason. */
const ALLOWED: Array<{ prefix: string; why: string }> = [
  { prefix: 'http://www.w3.org/', why: 'XML namespace names (SVG, XHTML, MathML): identifiers, not fetched' },
  { prefix: 'https://react.dev/errors/', why: 'text of React production error messages' },
  { prefix: 'https://maplibre.org/', why: 'href of MapLibre\u2019s logo and default attribution, both switched off here' },
  { prefix: 'https://maplibre.invalid/', why: 'base URL MapLibre parses attributes against (.invalid never resolves)' },
  { prefix: 'https://github.com/maplibre/maplibre-gl-js/blob/', why: 'licence header comment' },
  { prefix: 'https://github.com/mapbox/mapbox-gl-js/issues/', why: 'text of a MapLibre warning' },
  { prefix: 'https://wiki.openstreetmap.org/wiki/This_map_requires_WebGL', why: 'text of MapLibre\u2019s no-WebGL error' },
];

const URL_PATTERN = /(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?[^\s"'`()<>\\]*/gi;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every URL in `text` not covered by `ALLOWED`. Protocol-relative `//host` URLs count too. */
export function foreignUrls(text: string): string[] {
  const found = text.match(URL_PATTERN) ?? [];
  return found.filter((url) => {
    const absolute = url.startsWith('//') ? `https:${url}` : url;
    if (!/^https?:\/\//i.test(absolute)) return false;
    return !ALLOWED.some(({ prefix }) => absolute.startsWith(prefix) || absolute.replace(/^https:/, 'http:').startsWith(prefix));
  });
}

describe('offline build', () => {
  beforeAll(async () => {
    await buildClientOnce();
  });

  it('contains index.html, a script and the MapLibre worker', () => {
    const files = filesUnder(CLIENT_DIR).map((f) => relative(CLIENT_DIR, f));
    expect(files).toContain('index.html');
    expect(files.some((f) => /^assets\/.*\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /maplibre-gl-worker.*\.m?js$/.test(f))).toBe(true);
  });

  it('names no URL outside the page origin that could be fetched', () => {
    const offending = filesUnder(CLIENT_DIR).flatMap((file) =>
      foreignUrls(readFileSync(file, 'latin1')).map((url) => `${relative(CLIENT_DIR, file)}: ${url}`),
    );
    expect(offending, `external URLs in the build:\n${offending.join('\n')}`).toEqual([]);
  });

  it('would catch an external tile, glyph or font URL', () => {
    expect(foreignUrls('glyphs:"https://demotiles.maplibre.org/font/{fontstack}/{range}.pbf"')).toHaveLength(1);
    expect(foreignUrls('@import url(//fonts.googleapis.com/css?family=Noto)')).toHaveLength(1);
    expect(foreignUrls('xmlns="http://www.w3.org/2000/svg"')).toEqual([]);
  });
});
