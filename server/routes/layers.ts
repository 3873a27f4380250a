import type { FastifyInstance } from 'fastify';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import { LAYER_NAMES, type LayerName } from '../../shared/api';
import { parseBBox } from '../../shared/geo/bbox';
import { HttpError } from '../plugins/errors';
import { featureCollectionSchema } from '../schemas/layers';

export async function layerRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { layer: LayerName }; Querystring: { bbox?: string } }>('/api/layers/:layer', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'One map layer as GeoJSON, optionally limited to a box',
      params: {
        type: 'object',
        required: ['layer'],
        properties: { layer: { type: 'string', enum: [...LAYER_NAMES] } },
      },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          bbox: {
            type: 'string',
            description: 'minLng,minLat,maxLng,maxLat in degrees (WGS-84), e.g. 120.32,36.07,120.34,36.09',
            maxLength: 200,
          },
        },
      },
      response: { 200: { oneOf: LAYER_NAMES.map(featureCollectionSchema) }, 400: { $ref: 'ApiError#' } },
    },
  }, async (request, reply) => {
    let bbox;
    if (request.query.bbox !== undefined) {
      const parsed = parseBBox(request.query.bbox);
      if ('error' in parsed) throw new HttpError(400, parsed.error, 'bbox');
      bbox = parsed;
    }
    // Pre-serialised: geometry goes out as stored, without a parse and re-stringify per feature.
    return reply
      .type('application/geo+json; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('etag', `"${request.params.layer}-${app.dataVersion.get()}"`)
      .send(app.layers.featureCollectionJson(request.params.layer, bbox));
  });
}
