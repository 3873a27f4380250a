/**
 * What the printed map of a grid needs: the sub-district summary (tile version, extent), the
 * grid's coverage report (name, code, box, figures) and the polygon layers round it for labels.
 */
import type { CoverageResponse, MetaResponse } from '../../../shared/api';
import type { BBox } from '../../../shared/model';
import { fetchCoverage, fetchLayer, fetchMeta } from '../api/client';
import { areasOnly } from '../api/load';
import type { PrintOverlays } from './printMap';

export interface PrintData {
  meta: MetaResponse;
  report: CoverageResponse;
  overlays: PrintOverlays;
}

/** `bbox` grown by its own size on every side: the neighbours the fitted view also shows. */
function surroundings([minLng, minLat, maxLng, maxLat]: BBox): BBox {
  const dx = maxLng - minLng;
  const dy = maxLat - minLat;
  return [minLng - dx, minLat - dy, maxLng + dx, maxLat + dy];
}

export async function loadPrintData(branchId: number, signal?: AbortSignal): Promise<PrintData> {
  const [meta, report] = await Promise.all([fetchMeta(signal), fetchCoverage('branch', branchId, signal)]);
  const around = surroundings(report.unit.bbox);
  const [communities, branches, neighbourhoods] = await Promise.all([
    fetchLayer('communities', signal),
    fetchLayer('branches', signal, around),
    fetchLayer('neighbourhoods', signal, around),
  ]);
  return { meta, report, overlays: { communities: areasOnly(communities), branches: areasOnly(branches), neighbourhoods: areasOnly(neighbourhoods) } };
}
