import type { FastifyInstance } from 'fastify';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import type { HealthResponse, MetaResponse } from '../../shared/api';

const VERSION = '0.1.0';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Reply: HealthResponse }>('/api/health', {
    config: { access: 'public' },
    schema: {
      summary: 'Liveness and table counts',
      response: {
        200: {
          type: 'object',
          required: ['ok', 'version', 'counts'],
          properties: {
            ok: { type: 'boolean', enum: [true] },
            version: { type: 'string' },
            counts: {
              type: 'object',
              required: ['communities', 'branches', 'buildings', 'members'],
              properties: { communities: { type: 'integer' }, branches: { type: 'integer' }, buildings: { type: 'integer' }, members: { type: 'integer' } },
            },
          },
        },
      },
    },
  }, async () => ({ ok: true, version: VERSION, counts: app.meta.counts() }));

  let extentFor: ({ version: number } & ReturnType<typeof app.meta.subdistrict>) | null = null;
  app.get<{ Reply: MetaResponse }>('/api/meta', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'The sub-district shown, its extent and the data version',
      response: {
        200: {
          type: 'object',
          required: ['subdistrict', 'bbox', 'dataVersion'],
          properties: {
            subdistrict: {
              type: ['object', 'null'],
              properties: { id: { type: 'integer' }, code: { type: 'string' }, name: { type: 'string' }, nameEn: { type: 'string' } },
            },
            bbox: { type: ['array', 'null'], items: { type: 'number' }, minItems: 4, maxItems: 4 },
            dataVersion: { type: 'integer' },
          },
        },
      },
    },
  }, async () => {
    // The extent scans every building's box (~5 ms at 17k buildings): keep it per data version.
    const version = app.dataVersion.get();
    if (extentFor?.version !== version) extentFor = { version, ...app.meta.subdistrict() };
    const { row, bbox } = extentFor;
    return {
      subdistrict: row ? { id: row.id, code: row.code, name: row.name, nameEn: row.name_en } : null,
      bbox,
      dataVersion: version,
    };
  });
}
