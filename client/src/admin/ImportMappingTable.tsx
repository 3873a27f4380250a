/**
 * The column-mapping table: one row per field of the layer, required ones marked, each with a
 * select of the file's columns (pre-set to the server's proposal), the first row's value in
 * that column, and a default for empty cells.
 */
import type { Cell } from '../../../shared/import/values';
import type { DataLayer } from '../../../shared/import/layers';
import type { ColumnMapping } from '../../../shared/import/mapping';
import { useTranslate } from '../hooks/useTranslate';
import { useAppStore } from '../state/store';
import { fieldLabel, mappingRows, withColumn, withDefault } from './importMapping';

interface Props {
  layer: DataLayer;
  columns: readonly string[];
  sample: Record<string, Cell> | undefined;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const show = (cell: Cell): string => (cell === null || cell === undefined ? '' : String(cell));

export function ImportMappingTable({ layer, columns, sample, mapping, onChange }: Props) {
  const t = useTranslate();
  const locale = useAppStore((s) => s.locale);
  return (
    <table className="admin-table importer-mapping" data-table="mapping">
      <thead>
        <tr>
          <th>{t('importer.mapping.field')}</th>
          <th>{t('importer.mapping.column')}</th>
          <th>{t('importer.mapping.sample')}</th>
          <th>{t('importer.mapping.default')}</th>
        </tr>
      </thead>
      <tbody>
        {mappingRows(layer, mapping).map((row) => (
          <tr key={row.field} data-field={row.field} className={row.required && !row.column && !row.defaultValue ? 'importer-mapping__row--missing' : undefined}>
            <td>
              <span className="importer-mapping__label">{fieldLabel(layer, row.field, locale)}</span>
              {row.required && <abbr className="importer-mapping__required" title={t('importer.required')}>*</abbr>}
              <code className="importer-mapping__name">{row.field}</code>
            </td>
            <td>
              <select name={`column-${row.field}`} aria-label={fieldLabel(layer, row.field, locale)} value={row.column} onChange={(e) => onChange(withColumn(mapping, row.field, e.target.value))}>
                <option value="">{t('importer.mapping.none')}</option>
                {columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </td>
            <td className="importer-mapping__sample">{row.column && sample ? show(sample[row.column]) : ''}</td>
            <td>
              <input
                name={`default-${row.field}`}
                value={row.defaultValue}
                placeholder={row.fallback !== null ? t('importer.mapping.fallback', { value: row.fallback }) : ''}
                onChange={(e) => onChange(withDefault(mapping, row.field, e.target.value))}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
