/**
 * OpenAPI document at /api/openapi.json, generated from the route schemas, and Swagger UI at
 * /api/docs served from the installed package (no CDN; the online validator badge is off).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export async function registerDocs(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'gridmap API',
        description: 'Community Party-building grids of a sub-district: layers, tiles and figures. Coordinates are WGS-84 [lng, lat].',
        version: '0.1.0',
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, deepLinking: false },
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
