/**
 * The coordinate system a file's positions are in (WGS-84, CGCS2000, GCJ-02, BD-09), with an
 * optional line beneath (what the file itself declares).
 */
import type { ReactNode } from 'react';
import { SOURCE_CRS, type SourceCrs } from '../../../shared/crs/systems';
import { useTranslate } from '../hooks/useTranslate';

interface Props {
  value: SourceCrs;
  onChange: (crs: SourceCrs) => void;
  children?: ReactNode;
}

export function ImportCrsSelect({ value, onChange, children }: Props) {
  const t = useTranslate();
  return (
    <label className="field">
      <span className="field__label">{t('importer.crs')}</span>
      <select name="crs" value={value} onChange={(e) => onChange(e.target.value as SourceCrs)}>
        {SOURCE_CRS.map((c) => <option key={c} value={c}>{t(`importer.crs.${c}`)}</option>)}
      </select>
      {children}
    </label>
  );
}
