import type { FastifyInstance } from 'fastify';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import { LAYER_NAMES, type LayerName } from '../../shared/api';
import { parseBBox } from '../../shared/geo/bbox';
import { HttpError } from '../plugins/errors';
import { featureCollectionSchema } from '../schemas/layers';
import { AS_OF_PARAM, pastViewOf } from './as-of';
import { asOfRangeRoutes } from './as-of-range';

export async function layerRoutes(app: FastifyInstance): Promise<void> {
  // The range of days `asOf` may take, registered with the routes that take it.
  await asOfRangeRoutes(app);
  app.get<{ Params: { layer: LayerName }; Querystring: { bbox?: string; asOf?: string } }>('/api/layers/:layer', {
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
          asOf: AS_OF_PARAM,
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
    const { asOf } = request.query;
    const past = pastViewOf(app, asOf, `layer ${request.params.layer}`);
    // Pre-serialised: geometry goes out as stored, without a parse and re-stringify per feature.
    return reply
      .type('application/geo+json; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('etag', `"${request.params.layer}-${app.dataVersion.get()}${asOf ? `-${asOf}` : ''}"`)
      .send(app.layers.featureCollectionJson(request.params.layer, bbox, past));
  });
}
