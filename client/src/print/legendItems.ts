/**
 * What the printed map's legend lists: this grid and its neighbours, buildings by coverage
 * state, gap neighbourhoods, household-leads, roads and water, each in the map's own colours
 * (taken from the screen legend, so the two cannot disagree).
 */
import { BASEMAP_ENTRIES, legendEntries, type LegendCategory } from '../components/legendEntries';
import { PALETTE } from '../map/palette';

/** The printed legend, top to bottom. */
export function printLegendItems(): LegendCategory[] {
  const entries = legendEntries('coverage');
  const categoriesOf = (layer: string) => entries.find((e) => e.layer === layer)?.categories ?? [];
  return [
    { label: 'print.legend.thisGrid', swatch: { type: 'line', color: PALETTE.focus, width: 3.5, casing: PALETTE.focusCasing } },
    { label: 'print.legend.otherGrids', swatch: { type: 'fill', color: PALETTE.coverageNone, outline: PALETTE.branchOutline, opacity: 0.5 } },
    ...categoriesOf('buildings'),
    ...categoriesOf('neighbourhoods'),
    { label: 'layer.leads', swatch: { type: 'star' } },
    { label: 'layer.communities', swatch: { type: 'line', color: PALETTE.communityLine, width: 3.5, casing: PALETTE.communityCasing } },
    ...BASEMAP_ENTRIES,
  ];
}
