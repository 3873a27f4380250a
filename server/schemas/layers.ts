/**
 * JSON schemas of the layer responses, for the OpenAPI document and the API tests. The
 * property lists mirror `LayerPropsMap` in shared/api.ts.
 */
import type { LayerName } from '../../shared/api';

const int = { type: 'integer' } as const;
const str = { type: 'string' } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const nullableNum = { type: ['number', 'null'] } as const;

type PropSchema = { type: string | readonly string[]; enum?: readonly string[] };

export const LAYER_PROPERTY_SCHEMAS: Record<LayerName, Record<string, PropSchema>> = {
  communities: {
    id: int, code: str, name: str, nameEn: str, branches: int, households: int, residents: int, members: int,
    reached: int, coverage: nullableNum, gapNeighbourhoods: int,
  },
  branches: {
    id: int, code: str, name: str, communityId: int, communityName: str, hasSecretary: { type: 'boolean' },
    buildings: int, households: int, residents: int, members: int, fullMembers: int, leads: int, validFrom: str,
    reached: int, coverage: nullableNum, gapNeighbourhoods: int,
  },
  neighbourhoods: {
    id: int, name: str, kind: { type: 'string', enum: ['xiaoqu', 'louyuan'] }, communityId: int, communityName: str,
    buildings: int, households: int, members: int, reached: int, coverage: nullableNum, gap: { type: 'boolean' },
  },
  buildings: {
    id: int, address: str, floors: int, households: int, residents: int,
    use: { type: 'string', enum: ['residential', 'shop', 'public'] },
    status: { type: 'string', enum: ['normal', 'slated_demolition', 'demolished', 'new'] },
    neighbourhoodId: nullableInt, neighbourhoodName: nullableStr, branchId: nullableInt, branchCode: nullableStr,
    members: int, leads: int, reached: int, verifiedOn: nullableStr,
    coverageState: { type: 'string', enum: ['covered', 'partly_covered', 'resident_only', 'gap', 'no_households'] },
  },
  leads: { id: int, buildingId: int, address: str, branchId: nullableInt, branchCode: nullableStr, linkedHouseholds: int, linkedBuildings: int },
  roads: { id: int, name: str, kind: { type: 'string', enum: ['primary', 'secondary', 'tertiary', 'residential', 'path'] } },
  water: { id: int, name: str },
};

/** An RFC 7946 FeatureCollection whose features carry `layer`'s properties. */
export function featureCollectionSchema(layer: LayerName): object {
  const properties = LAYER_PROPERTY_SCHEMAS[layer];
  return {
    type: 'object',
    description: `GeoJSON FeatureCollection of ${layer} (WGS-84, [lng, lat], outer rings counter-clockwise)`,
    required: ['type', 'features'],
    properties: {
      type: { type: 'string', enum: ['FeatureCollection'] },
      features: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'id', 'geometry', 'properties'],
          properties: {
            type: { type: 'string', enum: ['Feature'] },
            id: int,
            geometry: { type: 'object', additionalProperties: true },
            properties: { type: 'object', required: Object.keys(properties), properties },
          },
        },
      },
    },
  };
}
