/**
 * JSON schema of the `GET /api/coverage` answer (shape in shared/api.ts `CoverageResponse`),
 * for the OpenAPI document and the response serialiser.
 */
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const str = { type: 'string' } as const;
const bbox = { type: 'array', items: num, minItems: 4, maxItems: 4 } as const;

const unitRef = {
  level: str, id: int, code: { type: ['string', 'null'] }, name: str, bbox,
} as const;

const figures = {
  type: 'object',
  additionalProperties: true,
  required: ['households', 'reached', 'coverage', 'residents', 'buildings', 'residentMembers', 'leads'],
  properties: {
    households: int, reached: int, coverage: { type: ['number', 'null'] }, residents: int, buildings: int,
    coveredBuildings: int, partlyCoveredBuildings: int, gapBuildings: int, residentMembers: int, leads: int,
    members: int, fullMembers: int, gapNeighbourhoods: int, gap: { type: 'boolean' }, state: str,
    byCategory: { type: 'object', additionalProperties: int },
    byAgeBand: { type: 'object', additionalProperties: int },
  },
} as const;

const unit = { type: 'object', required: ['level', 'id', 'name', 'bbox', 'figures'], properties: { ...unitRef, figures } } as const;

export const coverageResponseSchema = {
  type: 'object',
  required: ['unit', 'path', 'children', 'gaps', 'violations', 'unassignedBuildings', 'rules', 'dataVersion'],
  properties: {
    unit,
    path: { type: 'array', items: { type: 'object', properties: unitRef } },
    children: { type: 'array', items: unit },
    gaps: {
      type: 'object',
      properties: {
        neighbourhoods: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              ...unitRef, households: int, buildings: int, branchId: { type: ['integer', 'null'] },
              nearestMembers: {
                type: 'array',
                items: { type: 'object', properties: { buildingId: int, address: str, distanceM: num, isLead: { type: 'boolean' } } },
              },
            },
          },
        },
        buildings: {
          type: 'array',
          items: { type: 'object', properties: { ...unitRef, households: int, neighbourhoodId: { type: ['integer', 'null'] }, branchId: { type: ['integer', 'null'] } } },
        },
      },
    },
    violations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          rule: str, level: str, id: int, name: str, figure: { type: ['number', 'string'] }, limit: str,
          otherId: int, areaM2: num, where: { type: 'array', items: num }, bbox,
        },
      },
    },
    unassignedBuildings: int,
    rules: { type: 'object', additionalProperties: true },
    dataVersion: int,
  },
} as const;
