/**
 * JSON schemas of the planner routes' requests (shapes in shared/planner/types.ts), for
 * validation and the OpenAPI document. Per-operation required fields use if/then, so a
 * missing field is named; semantic checks (unknown buildings, locked branches…) are the
 * evaluation's, with the plan path of the operation at fault.
 */
const id = { type: 'integer', minimum: 1 } as const;
const name = { type: 'string', minLength: 1, maxLength: 100 } as const;
/** Keys hold a non-digit, so they never read as branch ids (the schema coerces "12" to 12). */
const key = { type: 'string', minLength: 1, maxLength: 40, pattern: '[^0-9]', description: 'key of a branch this plan creates, e.g. "n1"' } as const;
const branchRef = [{ type: 'integer', minimum: 1 }, key] as const;
/**
 * An existing branch id, a new branch's key, or null (unassign). Null comes first: with type
 * coercion on, a later branch would turn null into 0 or "".
 */
const target = { anyOf: [{ type: 'null' }, ...branchRef] } as const;
const targetKind = { type: 'string', enum: ['building', 'neighbourhood'] } as const;

const need = (op: string, required: string[]) => ({ if: { properties: { op: { const: op } } }, then: { required } });

export const planOpSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['op'],
  properties: {
    op: { type: 'string', enum: ['assign', 'createBranch', 'renameBranch', 'setMemberBranch', 'addLiaison', 'removeLiaison', 'linkLead', 'removeLead'] },
    buildingIds: { type: 'array', items: id, maxItems: 50_000 },
    to: target,
    key,
    communityId: id,
    name,
    branch: { anyOf: branchRef },
    memberId: id,
    buildingId: id,
    targetKind,
    targetId: id,
    households: { type: 'integer', minimum: 0, maximum: 100_000 },
  },
  allOf: [
    need('assign', ['buildingIds', 'to']),
    need('createBranch', ['key', 'communityId', 'name']),
    need('renameBranch', ['branch', 'name']),
    need('setMemberBranch', ['memberId', 'to']),
    need('addLiaison', ['memberId', 'targetKind', 'targetId']),
    need('removeLiaison', ['memberId', 'targetKind', 'targetId']),
    need('linkLead', ['memberId', 'buildingId', 'households']),
    need('removeLead', ['memberId']),
  ],
} as const;

export const planBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['steps'],
  properties: {
    steps: {
      type: 'array',
      maxItems: 5_000,
      items: {
        type: 'object', additionalProperties: false, required: ['ops'],
        properties: { label: { type: 'string', maxLength: 200 }, ops: { type: 'array', maxItems: 1_000, items: planOpSchema } },
      },
    },
    cursor: { type: 'integer', minimum: 0 },
  },
} as const;

const seenMap = (value: object) => ({ type: 'object', additionalProperties: value, propertyNames: { pattern: '^[0-9]{1,12}$' } });
export const seenSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['buildings', 'branches', 'members'],
  properties: {
    buildings: seenMap({ type: ['integer', 'null'] }),
    branches: seenMap({ type: 'object', required: ['revision', 'locked'], additionalProperties: false, properties: { revision: { type: 'integer' }, locked: { type: 'boolean' } } }),
    members: seenMap({ type: ['integer', 'null'] }),
  },
} as const;

export const idParams = { type: 'object', required: ['id'], properties: { id } } as const;
export const revision = { type: 'integer', minimum: 1, description: 'the plan revision you saw; a newer one means someone else saved it' } as const;
export const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

export const schemas = {
  evaluate: {
    type: 'object', additionalProperties: false, required: ['plan'],
    properties: { plan: planBodySchema, seen: seenSchema, geometry: { type: 'boolean', description: 'also return the grids the plan redraws, with codes of new grids' } },
  },
  create: { type: 'object', additionalProperties: false, required: ['name', 'plan'], properties: { name, plan: planBodySchema, seen: seenSchema } },
  save: { type: 'object', additionalProperties: false, required: ['plan', 'expectedRevision'], properties: { name, plan: planBodySchema, seen: seenSchema, expectedRevision: revision } },
  revisionOnly: { type: 'object', additionalProperties: false, required: ['expectedRevision'], properties: { expectedRevision: revision } },
  apply: {
    type: 'object', additionalProperties: false, required: ['expectedRevision'],
    properties: { expectedRevision: revision, effectiveOn: { type: 'string', pattern: DATE, description: 'the day the new grid takes effect (default today)' } },
  },
  lock: { type: 'object', additionalProperties: false, required: ['branchId'], properties: { branchId: id, note: { type: 'string', maxLength: 200 } } },
  unassigned: { type: 'object', additionalProperties: false, properties: { plan: planBodySchema } },
  members: {
    type: 'object', additionalProperties: false, required: ['communityId'],
    properties: {
      communityId: id,
      q: { type: 'string', maxLength: 50, description: 'part of the name; empty lists everyone' },
      plan: planBodySchema,
      limit: { type: 'integer', minimum: 1, maximum: 100 },
    },
  },
  memberNames: {
    type: 'object', additionalProperties: false, required: ['ids'],
    properties: { ids: { type: 'array', items: id, maxItems: 500, uniqueItems: true } },
  },
  suggest: {
    type: 'object', additionalProperties: false, required: ['scope', 'role'],
    properties: {
      plan: planBodySchema,
      scope: { type: 'object', additionalProperties: false, required: ['kind', 'id'], properties: { kind: { type: 'string', enum: ['branch', 'community', 'neighbourhood', 'building'] }, id: { anyOf: branchRef } } },
      role: { type: 'string', enum: ['liaison', 'lead'] },
      limit: { type: 'integer', minimum: 1, maximum: 50 },
    },
  },
} as const;
