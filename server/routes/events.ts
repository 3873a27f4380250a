import type { FastifyInstance } from 'fastify';
import { AGGREGATE_ACCESS } from '../plugins/auth';
import type { ChangeEvent } from '../services/events';

/** Comment line every 15 s keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

export async function eventRoutes(app: FastifyInstance): Promise<void> {
  const open = new Set<() => void>();
  // Open streams would keep the server from closing: end them all when it closes.
  app.addHook('onClose', async () => {
    for (const end of [...open]) end();
  });
  app.get<{ Querystring: { wall?: string } }>('/api/events', {
    config: { access: AGGREGATE_ACCESS },
    schema: {
      summary: 'Server-Sent Events: one `change` event per committed write, with the new data version and the place',
      description: 'EventSource reconnects by itself (retry 2 s). The wall display passes its token as ?wall=… since EventSource cannot set headers.',
      querystring: { type: 'object', additionalProperties: false, properties: { wall: { type: 'string', maxLength: 200 } } },
    },
  }, (request, reply) => {
    const raw = reply.raw;
    reply.hijack();
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: string, data: object, id?: number): void => {
      raw.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    raw.write('retry: 2000\n\n');
    send('hello', { version: app.dataVersion.get() });
    const unsubscribe = app.events.subscribe((e: ChangeEvent) => send('change', e, e.version));
    const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const close = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(end);
    };
    const end = (): void => {
      close();
      raw.end();
    };
    open.add(end);
    request.raw.on('close', close);
  });
}
