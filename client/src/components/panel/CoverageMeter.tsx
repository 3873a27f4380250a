/** A coverage figure as a bar in its ramp colour on a track, with the percentage beside it. */
import { formatPercent } from '../../../../shared/format/figures';
import { rampColor } from '../../coverage/rampColor';
import { useAppStore } from '../../state/store';

export function CoverageMeter({ coverage, size = 'small' }: { coverage: number | null; size?: 'small' | 'large' }) {
  const locale = useAppStore((s) => s.locale);
  const width = coverage === null ? 0 : Math.max(0, Math.min(1, coverage)) * 100;
  return (
    <span className={`coverage-meter coverage-meter--${size}`}>
      <span className="coverage-meter__track" aria-hidden="true">
        <span className="coverage-meter__bar" style={{ width: `${width}%`, background: rampColor(coverage) }} />
      </span>
      <span className="coverage-meter__value">{formatPercent(coverage, locale)}</span>
    </span>
  );
}
