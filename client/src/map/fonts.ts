/**
 * Font stacks for map labels. The style sets no `glyphs` URL, so MapLibre (≥ 5.11) draws every
 * label locally with TinySDF from these CSS font families: nothing is fetched, CJK and digits
 * alike. The first family of a stack also tells MapLibre the weight ("Bold" → bold); the later
 * ones are fallbacks for desks that lack Noto (Windows: Microsoft YaHei; macOS: PingFang SC).
 */
const FALLBACKS = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];

export const FONT_REGULAR = ['Noto Sans CJK SC Regular', ...FALLBACKS];
export const FONT_BOLD = ['Noto Sans CJK SC Bold', ...FALLBACKS];

/** CSS font-family for MapLibre's `localIdeographFontFamily` (CJK drawn with the default stack). */
export const LOCAL_IDEOGRAPH_FONT_FAMILY = FALLBACKS.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
