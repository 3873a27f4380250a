/**
 * Builds the gridmap Fastify app around an open database. Never listens: `server/index.ts`
 * (and the tests, through `app.inject`) decide what to do with it.
 */
import fastifyStatic from '@fastify/static';
import type { Database } from 'better-sqlite3';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { registerCompression } from './plugins/compress';
import { registerDocs } from './plugins/docs';
import { apiErrorSchema, registerErrorHandler } from './plugins/errors';
import { registerRepositories } from './plugins/repositories';
import { healthRoutes } from './routes/health';
import { layerRoutes } from './routes/layers';
import { tileRoutes } from './routes/tiles';
import { coverageRoutes } from './routes/coverage';
import { authRoutes } from './routes/auth';
import { memberRoutes } from './routes/members';
import { adminRoutes } from './routes/admin';
import { branchWorkRoutes } from './routes/branch-work';
import { eventRoutes } from './routes/events';
import { relocationRoutes } from './routes/relocation';
import { importRoutes } from './routes/import';
import { exportRoutes } from './routes/export';
import { wallRoutes } from './routes/wall';
import { plannerRoutes } from './routes/planner';
import { registerAuth } from './plugins/auth';
import { accountRepository } from './repositories/accounts';
import { auditRepository } from './repositories/audit';
import { DEFAULT_RULES, type RuleConfig } from '../shared/rules/config';
import { DEFAULT_TIME_ZONE } from '../shared/dates';
import { registerCalendar } from './plugins/calendar';

export interface AppOptions {
  /** An open, migrated database (see `openDatabase`). The app does not close it. */
  db: Database;
  /** Directory of the built client (index.html + assets); null serves the API only. */
  clientDir?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Rule thresholds; defaults to DEFAULT_RULES (see shared/rules/config.ts). */
  rules?: RuleConfig;
  /** IANA time zone whose calendar day is "today" (default Asia/Shanghai). */
  timeZone?: string;
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers (client address, https). */
  trustProxy?: boolean;
}

export async function buildApp({ db, clientDir = null, logger = false, rules = DEFAULT_RULES, timeZone = DEFAULT_TIME_ZONE, trustProxy = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy,
    // Tile URLs and bbox strings are short; reject anything absurd early.
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: true, removeAdditional: false, allErrors: false } },
  });
  app.addSchema(apiErrorSchema);
  registerErrorHandler(app);
  registerRepositories(app, db, rules);
  registerCalendar(app, timeZone);
  const accounts = accountRepository(db);
  const audit = auditRepository(db);
  await registerAuth(app, accounts);
  await registerCompression(app);
  await registerDocs(app);
  await app.register(authRoutes, { accounts, audit });
  await app.register(memberRoutes, { audit });
  await app.register(adminRoutes, { accounts, audit });
  await app.register(branchWorkRoutes, { audit });
  await app.register(eventRoutes);
  await app.register(relocationRoutes, { audit });
  await app.register(importRoutes, {});
  await app.register(exportRoutes, { audit });
  await app.register(healthRoutes);
  await app.register(layerRoutes);
  await app.register(tileRoutes);
  await app.register(coverageRoutes);
  await app.register(wallRoutes);
  await app.register(plannerRoutes, { audit });

  const index = clientDir ? join(clientDir, 'index.html') : null;
  if (clientDir && index && existsSync(index)) {
    await app.register(fastifyStatic, { root: clientDir, wildcard: false, index: 'index.html' });
  }
  app.setNotFoundHandler((request, reply) => {
    // Two single-page apps: /wall… gets the wall display, other non-API paths the dashboard.
    if (!request.url.startsWith('/api/') && request.method === 'GET' && index && existsSync(index)) {
      const wall = /^\/wall(\/|\?|$)/.test(request.url) && clientDir && existsSync(join(clientDir, 'wall.html'));
      return reply.type('text/html').sendFile(wall ? 'wall.html' : 'index.html');
    }
    return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: `No route ${request.method} ${request.url.split('?')[0]}` });
  });
  return app;
}
