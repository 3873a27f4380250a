/**
 * Decorates the app with the database and the repositories built on it, so routes stay
 * thin and never write SQL themselves.
 */
import type { Database } from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { dataVersion, type DataVersion } from '../db/version';
import { layerRepository, type LayerRepository } from '../repositories/layers';
import { metaRepository, type MetaRepository } from '../repositories/meta';
import { tileService, type TileService } from '../tiles/tile-service';
import { coverageService, type CoverageService } from '../services/coverage';
import { coverageEnricher } from '../services/layer-figures';
import { eventBus, type EventBus } from '../services/events';
import type { RuleConfig } from '../../shared/rules/config';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    dataVersion: DataVersion;
    layers: LayerRepository;
    meta: MetaRepository;
    tiles: TileService;
    coverage: CoverageService;
    events: EventBus;
  }
}

export function registerRepositories(app: FastifyInstance, db: Database, rules: RuleConfig): void {
  const version = dataVersion(db);
  const coverage = coverageService(db, version, rules);
  const layers = layerRepository(db, coverageEnricher(coverage));
  app.decorate('db', db);
  app.decorate('dataVersion', version);
  app.decorate('layers', layers);
  app.decorate('meta', metaRepository(db));
  app.decorate('tiles', tileService(layers, version));
  app.decorate('coverage', coverage);
  app.decorate('events', eventBus());
}
