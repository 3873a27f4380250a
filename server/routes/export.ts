/**
 * `GET /api/exports/:layer?format=geojson|csv|shp`: any layer as a download, with the
 * coverage figures the map shows as attributes. Personal data follows the role: the members
 * layer goes to admins in full, to planners with phones masked, to a secretary for their own
 * branch (its members and the members living in its grid); viewers get every other layer
 * without member ids; wall displays export nothing. Every export is in the audit log.
 */
import type { FastifyInstance } from 'fastify';
import { personalDataAccess } from '../../shared/auth/roles';
import { DATA_LAYERS, type DataLayer } from '../../shared/import/layers';
import { exportRows, type ExportScope } from '../export/queries';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../export/formats';
import { accountOf, ANY_ACCOUNT } from '../plugins/auth';
import { HttpError } from '../plugins/errors';
import type { AuditRepository } from '../repositories/audit';

export async function exportRoutes(app: FastifyInstance, opts: { audit: AuditRepository }): Promise<void> {
  app.get<{ Params: { layer: DataLayer }; Querystring: { format?: ExportFormat } }>('/api/exports/:layer', {
    config: { access: ANY_ACCOUNT },
    schema: {
      summary: 'Export a layer as GeoJSON, CSV (WKT geometry) or a zipped Shapefile, with coverage figures',
      params: { type: 'object', required: ['layer'], properties: { layer: { type: 'string', enum: [...DATA_LAYERS] } } },
      querystring: { type: 'object', additionalProperties: false, properties: { format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'geojson' } } },
      response: { 400: { $ref: 'ApiError#' }, 403: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    const p = accountOf(request);
    const { layer } = request.params;
    const format = request.query.format ?? 'geojson';
    const access = personalDataAccess(p.role);
    if (layer === 'members' && access === 'none') throw new HttpError(403, `The members layer holds personal data; your role (${p.role}) may not export it.`, 'layer');
    const scope: ExportScope = {
      personal: access !== 'none',
      maskPhones: access === 'masked_phone',
      branchScope: p.role === 'secretary' ? p.branchId : null,
    };
    const rows = exportRows(app.db, app.coverage, layer, scope);
    const file = renderExport(layer, format, rows);
    opts.audit.record({
      accountId: p.accountId, username: p.username, role: p.role, action: `export_${layer}`, target: file.fileName, ip: request.ip,
      recordIds: layer === 'members' ? rows.map((r) => r.id) : [], detail: JSON.stringify({ format, rows: rows.length }),
    });
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });
}
