/**
 * Demolition zones (征收/拆迁区域) and their stages: announced → moving out → cleared →
 * rebuilt (回迁, residents return) or resettled (安置, residents housed elsewhere). Stages only
 * move forward. Which buildings a zone takes is decided by their footprint's centroid.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

export const ZONE_STAGES = ['announced', 'moving_out', 'cleared', 'rebuilt', 'resettled'] as const;
export type ZoneStage = (typeof ZONE_STAGES)[number];

const NEXT: Record<ZoneStage, readonly ZoneStage[]> = {
  announced: ['moving_out'],
  moving_out: ['cleared'],
  cleared: ['rebuilt', 'resettled'],
  rebuilt: [],
  resettled: [],
};

/** The stages a zone may move to next. */
export function nextZoneStages(stage: ZoneStage): readonly ZoneStage[] {
  return NEXT[stage];
}

/** Ids of the buildings whose footprint centroid lies inside `zone` (boundary included). */
export function buildingsInZone(zone: Polygon | MultiPolygon, buildings: readonly { id: number; footprint: Polygon }[]): number[] {
  return buildings.filter((b) => turf.booleanPointInPolygon(turf.centroid(b.footprint), zone)).map((b) => b.id);
}

/** A zone's stage today and the day it reached each stage (YYYY-MM-DD, null: not yet). */
export interface ZoneTimeline {
  stage: ZoneStage;
  announcedOn: string | null;
  movingOn: string | null;
  clearedOn: string | null;
  finishedOn: string | null;
}

/** The stage `zone` was in at the end of `day` (YYYY-MM-DD), or null if not yet announced then. */
export function stageOn(zone: ZoneTimeline, day: string): ZoneStage | null {
  const reached = (on: string | null): boolean => on !== null && on <= day;
  if (reached(zone.finishedOn) && (zone.stage === 'rebuilt' || zone.stage === 'resettled')) return zone.stage;
  if (reached(zone.clearedOn)) return 'cleared';
  if (reached(zone.movingOn)) return 'moving_out';
  if (reached(zone.announcedOn)) return 'announced';
  return null;
}
