/**
 * `npm start`: build the client if it is missing or stale, then run the server.
 */
import { ensureClientBuilt } from './client-build';
import { main } from './index';

async function start(): Promise<void> {
  process.stdout.write('gridmap: checking the client build…\n');
  if (await ensureClientBuilt()) process.stdout.write('gridmap: client built into dist/client\n');
  await main();
}

start().catch((err: unknown) => {
  process.stderr.write(`gridmap failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
