import type { FastifyInstance } from 'fastify';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import { TILE_MAX_ZOOM } from '../../shared/api';
import { HttpError } from '../plugins/errors';
import { AS_OF_PARAM, pastViewOf } from './as-of';

export async function tileRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { z: number; x: number; y: number }; Querystring: { v?: number; asOf?: string } }>('/api/tiles/:z/:x/:y.mvt', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'A Mapbox Vector Tile (v2) with the dense layers; 204 when empty',
      params: {
        type: 'object',
        required: ['z', 'x', 'y'],
        properties: {
          z: { type: 'integer', minimum: 0, maximum: TILE_MAX_ZOOM },
          x: { type: 'integer', minimum: 0 },
          y: { type: 'integer', minimum: 0 },
        },
      },
      querystring: {
        type: 'object',
        properties: { v: { type: 'integer', description: 'data version, only to bust caches' }, asOf: AS_OF_PARAM },
      },
      response: {
        200: { description: 'application/vnd.mapbox-vector-tile', type: 'string', format: 'binary' },
        204: { description: 'No features in this tile', type: 'null' },
        400: { $ref: 'ApiError#' },
      },
    },
  }, async (request, reply) => {
    const { z, x, y } = request.params;
    const n = 2 ** z;
    if (x >= n) throw new HttpError(400, `Tile x ${x} is off the map: x runs 0..${n - 1} at zoom ${z}.`, 'x');
    if (y >= n) throw new HttpError(400, `Tile y ${y} is off the map: y runs 0..${n - 1} at zoom ${z}.`, 'y');
    const { asOf } = request.query;
    const tile = app.tiles.get(z, x, y, pastViewOf(app, asOf, `tile ${z}/${x}/${y}`));
    const etag = `"t${tile.version}-${z}-${x}-${y}${asOf ? `-${asOf}` : ''}"`;
    void reply.header('etag', etag).header('cache-control', 'no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    if (!tile.data) return reply.code(204).send();
    return reply.type('application/vnd.mapbox-vector-tile').send(Buffer.from(tile.data.buffer, tile.data.byteOffset, tile.data.byteLength));
  });
}
