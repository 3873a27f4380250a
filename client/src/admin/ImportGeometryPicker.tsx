/**
 * Where a table's rows have their location: longitude and latitude columns, one WKT column, or
 * none (the row is placed by its references instead, where the layer allows).
 */
import type { GeometrySource } from '../../../shared/import/mapping';
import { useTranslate } from '../hooks/useTranslate';

const KINDS = ['lnglat', 'wkt', 'none'] as const;

interface Props {
  columns: readonly string[];
  geometry: GeometrySource;
  onChange: (geometry: GeometrySource) => void;
}

export function ImportGeometryPicker({ columns, geometry, onChange }: Props) {
  const t = useTranslate();
  const columnSelect = (name: string, label: string, value: string, set: (column: string) => void) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <select name={name} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('importer.mapping.none')}</option>
        {columns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
  const pick = (kind: (typeof KINDS)[number]) =>
    onChange(kind === 'lnglat' ? { kind, lng: '', lat: '' } : kind === 'wkt' ? { kind, column: '' } : { kind: 'none' });
  return (
    <fieldset className="importer-geometry" data-part="geometry">
      <legend className="field__label">{t('importer.geometry.title')}</legend>
      <div className="importer-geometry__kinds">
        {KINDS.map((kind) => (
          <label key={kind} className="importer-geometry__kind">
            <input type="radio" name="geometry-kind" value={kind} checked={geometry.kind === kind} onChange={() => pick(kind)} />
            {t(`importer.geometry.${kind}`)}
          </label>
        ))}
      </div>
      <div className="admin-form__fields">
        {geometry.kind === 'lnglat' && (
          <>
            {columnSelect('geometry-lng', t('importer.geometry.lng'), geometry.lng, (lng) => onChange({ ...geometry, lng }))}
            {columnSelect('geometry-lat', t('importer.geometry.lat'), geometry.lat, (lat) => onChange({ ...geometry, lat }))}
          </>
        )}
        {geometry.kind === 'wkt' && columnSelect('geometry-wkt', t('importer.geometry.column'), geometry.column, (column) => onChange({ ...geometry, column }))}
      </div>
    </fieldset>
  );
}
