/**
 * How units are named on the wall in its language. Communities have English names in the
 * communities layer; grid branches and neighbourhoods have Chinese names only, so in English a
 * branch reads "<community> · Grid <nn>" from its 14-digit code. Pure.
 */
import type { WallTranslate } from './i18n';
import type { WallLocale } from './params';
import type { Overlays } from './state/store';

/** A community's name in `locale` (its Chinese name when no English one is known). */
export function communityName(id: number | null, fallback: string, locale: WallLocale, overlays: Overlays | null): string {
  if (locale !== 'en' || id === null) return fallback;
  const props = overlays?.communities.features.find((f) => f.properties.id === id)?.properties;
  return props?.nameEn || fallback;
}

/** A grid branch's name in `locale`. */
export function branchName(id: number, fallback: string, locale: WallLocale, overlays: Overlays | null, t: WallTranslate): string {
  if (locale !== 'en') return fallback;
  const props = overlays?.branches.features.find((f) => f.properties.id === id)?.properties;
  if (!props) return fallback;
  const community = communityName(props.communityId, props.communityName, locale, overlays);
  return t('unit.branch', { community, seq: props.code.slice(12), name: props.name });
}

/** A branch's name without its community's name in front or "党支部" behind: "第三网格". */
export function shortBranchName(name: string, community: string): string {
  const rest = name.startsWith(community) ? name.slice(community.length) : name;
  const short = rest.endsWith('党支部') ? rest.slice(0, -'党支部'.length) : rest;
  return short.trim() || name;
}
