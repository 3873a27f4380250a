/**
 * What a popup says about a clicked feature: a title and a list of translated facts. Pure, so
 * the wording is unit-tested without a map. Field names are checked against `LayerPropsMap`.
 */
import type { LayerPropsMap } from '../../../shared/api';
import { formatCount, formatPercent } from '../../../shared/format/figures';
import { coverageStateLabel } from '../coverage/states';
import { translator, type Locale, type MessageKey, type Translate } from '../i18n';
import type { ThematicLayer } from '../layers';

/** How a raw property value is shown. */
type Format = 'text' | 'int' | 'date' | 'percent' | 'yesNo' | 'secretary' | 'kind' | 'use' | 'status' | 'coverageState';

interface FactSpec<L extends ThematicLayer> {
  key: keyof LayerPropsMap[L] & string;
  label: MessageKey;
  format: Format;
}

type FactSpecs = { [L in ThematicLayer]: Array<FactSpec<L>> };

const FACTS: FactSpecs = {
  communities: [
    { key: 'code', label: 'fact.code', format: 'text' },
    { key: 'branches', label: 'fact.branches', format: 'int' },
    { key: 'households', label: 'fact.households', format: 'int' },
    { key: 'residents', label: 'fact.residents', format: 'int' },
    { key: 'members', label: 'fact.members', format: 'int' },
    { key: 'coverage', label: 'fact.coverage', format: 'percent' },
    { key: 'reached', label: 'fact.reached', format: 'int' },
    { key: 'gapNeighbourhoods', label: 'fact.gapNeighbourhoods', format: 'int' },
  ],
  branches: [
    { key: 'code', label: 'fact.code', format: 'text' },
    { key: 'communityName', label: 'fact.community', format: 'text' },
    { key: 'hasSecretary', label: 'fact.secretary', format: 'secretary' },
    { key: 'buildings', label: 'fact.buildings', format: 'int' },
    { key: 'households', label: 'fact.households', format: 'int' },
    { key: 'residents', label: 'fact.residents', format: 'int' },
    { key: 'members', label: 'fact.members', format: 'int' },
    { key: 'fullMembers', label: 'fact.fullMembers', format: 'int' },
    { key: 'leads', label: 'fact.leads', format: 'int' },
    { key: 'validFrom', label: 'fact.validFrom', format: 'date' },
    { key: 'coverage', label: 'fact.coverage', format: 'percent' },
    { key: 'reached', label: 'fact.reached', format: 'int' },
    { key: 'gapNeighbourhoods', label: 'fact.gapNeighbourhoods', format: 'int' },
  ],
  neighbourhoods: [
    { key: 'kind', label: 'fact.kind', format: 'kind' },
    { key: 'communityName', label: 'fact.community', format: 'text' },
    { key: 'buildings', label: 'fact.buildings', format: 'int' },
    { key: 'households', label: 'fact.households', format: 'int' },
    { key: 'members', label: 'fact.members', format: 'int' },
    { key: 'coverage', label: 'fact.coverage', format: 'percent' },
    { key: 'reached', label: 'fact.reached', format: 'int' },
    { key: 'gap', label: 'fact.gap', format: 'yesNo' },
  ],
  buildings: [
    { key: 'use', label: 'fact.use', format: 'use' },
    { key: 'status', label: 'fact.status', format: 'status' },
    { key: 'floors', label: 'fact.floors', format: 'int' },
    { key: 'households', label: 'fact.households', format: 'int' },
    { key: 'residents', label: 'fact.residents', format: 'int' },
    { key: 'neighbourhoodName', label: 'fact.neighbourhood', format: 'text' },
    { key: 'branchCode', label: 'fact.branch', format: 'text' },
    { key: 'members', label: 'fact.members', format: 'int' },
    { key: 'leads', label: 'fact.leads', format: 'int' },
    { key: 'reached', label: 'fact.reached', format: 'int' },
    { key: 'coverageState', label: 'fact.coverageState', format: 'coverageState' },
  ],
  leads: [
    { key: 'address', label: 'fact.building', format: 'text' },
    { key: 'branchCode', label: 'fact.branch', format: 'text' },
    { key: 'linkedHouseholds', label: 'fact.linkedHouseholds', format: 'int' },
    { key: 'linkedBuildings', label: 'fact.linkedBuildings', format: 'int' },
  ],
};

/** Which property names the popup title, per layer. */
const TITLE_KEY: { [L in ThematicLayer]: keyof LayerPropsMap[L] & string } = {
  communities: 'name',
  branches: 'name',
  neighbourhoods: 'name',
  buildings: 'address',
  leads: 'address',
};

export interface Fact {
  label: string;
  value: string;
}

export interface PopupContent {
  /** What the feature is, in the singular, e.g. "网格党支部" / "Grid Party branch". */
  kind: string;
  title: string;
  facts: Fact[];
}

/** Tiles may carry booleans as 0/1, so both count. */
function isTrue(value: unknown): boolean {
  return value === true || value === 1;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Formats one property value; missing values (vector tiles drop nulls) show as a dash.
 * `percent` takes a fraction (0..1), as the API's coverage figures are.
 */
export function formatValue(value: unknown, format: Format, locale: Locale, t: Translate): string {
  if (format === 'secretary') return isTrue(value) ? t('popup.yes') : t('popup.vacant');
  if (isBlank(value)) return t('popup.none');
  const text = String(value);
  switch (format) {
    case 'int':
      return typeof value === 'number' ? formatCount(value, locale) : text;
    case 'percent':
      return typeof value === 'number' ? formatPercent(value, locale) : text;
    case 'yesNo':
      return isTrue(value) ? t('popup.isYes') : t('popup.isNo');
    case 'coverageState':
      return coverageStateLabel(text, t);
    case 'kind':
      return text === 'xiaoqu' || text === 'louyuan' ? t(`neighbourhood.kind.${text}`) : text;
    case 'use':
      return text === 'residential' || text === 'shop' || text === 'public' ? t(`building.use.${text}`) : text;
    case 'status':
      return text === 'normal' || text === 'slated_demolition' || text === 'demolished' || text === 'new'
        ? t(`building.status.${text}`)
        : text;
    default:
      return text;
  }
}

/** Title and facts for a clicked feature of `layer`, in `locale`. */
export function popupContent(layer: ThematicLayer, props: Record<string, unknown>, locale: Locale): PopupContent {
  const t = translator(locale);
  const specs: Array<{ key: string; label: MessageKey; format: Format }> = FACTS[layer];
  let title = props[TITLE_KEY[layer]];
  if (layer === 'communities' && locale === 'en' && !isBlank(props.nameEn)) title = props.nameEn;
  return {
    kind: t(`feature.${layer}`),
    title: isBlank(title) ? t('popup.unnamed') : String(title),
    facts: specs.map((spec) => ({ label: t(spec.label), value: formatValue(props[spec.key], spec.format, locale, t) })),
  };
}
