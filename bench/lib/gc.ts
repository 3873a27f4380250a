/**
 * A full garbage collection on demand, for the untimed clean-up after a sample that leaves
 * a lot of garbage behind (a whole app started and closed), so the next sample, often the
 * other side of the pair, is not charged for collecting it. `npm run bench` starts Node
 * without `--expose-gc`; V8 accepts the flag at run time and a fresh context then sees `gc`.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

function findGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined;
  // Without it the figures are still right, only the tails of warm rows paired with cold starts are noisier.
  return gc ?? (() => undefined);
}

/** Collects garbage now (a no-op if this Node will not expose `gc`). Never call it inside a timing. */
export const collectGarbage: () => void = findGc();
