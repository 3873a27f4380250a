/**
 * The latest change, in a chip over the map's top left corner where the changed place pulses:
 * when, and what (a contact recorded, a zone announced…). Nothing until the first change.
 */
import { useT, useWall } from '../context';
import type { WallMessageKey } from '../i18n';
import { clock, useNow } from '../time';

const CHANGE_KINDS = new Set(['contact', 'verify', 'zone_announced', 'zone_stage', 'relocation', 'plan_applied', 'move']);

export function LastChange() {
  const t = useT();
  const now = useNow();
  const locale = useWall((s) => s.params.locale);
  const change = useWall((s) => s.lastChange);
  if (!change) return null;
  const kind = t(`change.${CHANGE_KINDS.has(change.kind) ? change.kind : 'other'}` as WallMessageKey);
  return (
    <p className="last-change" data-map-overlay="" role="status">
      {t('change.latest', { time: clock(Date.parse(change.at), locale, now), kind })}
    </p>
  );
}
