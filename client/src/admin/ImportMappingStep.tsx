/**
 * Step 2 of the import wizard: what the server read from the file, the coordinate system (with
 * the one the file declares), how to write, where a table's location is, and the column
 * mapping; then the check.
 */
import { useState } from 'react';
import type { SourceCrs } from '../../../shared/crs/systems';
import type { ImportAnalysisDto, ImportJobDto, ImportModeName, ValidateBody } from '../../../shared/import/api';
import { fileRefused } from '../../../shared/import/report';
import { useTranslate } from '../hooks/useTranslate';
import { ImportCrsSelect } from './ImportCrsSelect';
import { ImportGeometryPicker } from './ImportGeometryPicker';
import { ImportIssueList } from './ImportIssueList';
import { ImportMappingTable } from './ImportMappingTable';
import { geometryComplete, needsGeometryColumns, unmetRequired, unusedColumns } from './importMapping';

const MODES: readonly ImportModeName[] = ['append', 'upsert', 'replace'];

interface Props {
  job: ImportJobDto & { analysis: ImportAnalysisDto };
  crs: SourceCrs;
  busy: boolean;
  onValidate: (body: ValidateBody) => void;
  onDiscard: () => void;
}

export function ImportMappingStep({ job, crs: startCrs, busy, onValidate, onDiscard }: Props) {
  const t = useTranslate();
  const { analysis, layer } = job;
  const [mapping, setMapping] = useState(job.settings?.mapping ?? analysis.proposal.mapping);
  const [crs, setCrs] = useState<SourceCrs>(job.settings?.crs ?? startCrs);
  const [mode, setMode] = useState<ImportModeName>(job.settings?.mode ?? 'append');
  const missing = unmetRequired(layer, mapping);
  const placeable = geometryComplete(mapping.geometry);
  const unused = unusedColumns(analysis.columns, mapping);
  const unreadable = fileRefused(analysis.notes);
  return (
    <div className="admin-form importer-mapping-step" data-step="mapping">
      <p className="importer__analysed" data-part="analysed">
        {t('importer.analysed', { file: job.fileName, format: t(`importer.format.${analysis.format}`), count: analysis.count ?? '?', columns: analysis.columns.length })}
      </p>
      {analysis.notes.length > 0 && <ImportIssueList layer={layer} issues={analysis.notes} />}
      {unreadable && <p className="admin-form__error" role="alert" data-part="unreadable">{t('importer.fileUnreadable')}</p>}
      <div className="importer-settings">
        <ImportCrsSelect value={crs} onChange={setCrs}>
          <span className="importer__hint" data-part="crs-declared">
            {analysis.crsHint ? t('importer.crsDeclared', { crs: t(`importer.crs.${analysis.crsHint}`) }) : t('importer.crsUndeclared')}
          </span>
        </ImportCrsSelect>
        <label className="field">
          <span className="field__label">{t('importer.mode')}</span>
          <select name="mode" value={mode} onChange={(e) => setMode(e.target.value as ImportModeName)}>
            {MODES.map((m) => <option key={m} value={m}>{t(`importer.mode.${m}`)}</option>)}
          </select>
        </label>
      </div>
      {needsGeometryColumns(layer, analysis.hasGeometry) && (
        <ImportGeometryPicker columns={analysis.columns} geometry={mapping.geometry} onChange={(geometry) => setMapping({ ...mapping, geometry })} />
      )}
      <h3 className="admin-form__title">{t('importer.mapping.title')}</h3>
      <p className="importer__hint">{t('importer.mapping.hint')}</p>
      <ImportMappingTable layer={layer} columns={analysis.columns} sample={analysis.sample[0]} mapping={mapping} onChange={setMapping} />
      {unused.length > 0 && <p className="importer__hint" data-part="unused">{t('importer.unused', { columns: unused.join('、') })}</p>}
      {missing.length > 0 && <p className="admin-form__error" role="alert" data-part="missing">{t('importer.requiredMissing', { fields: missing.join(', ') })}</p>}
      {!placeable && <p className="admin-form__error" role="alert">{t('importer.geometry.incomplete')}</p>}
      <div className="admin-form__buttons">
        <button type="button" className="button button--primary" data-action="validate" disabled={busy || unreadable || missing.length > 0 || !placeable} onClick={() => onValidate({ crs, mode, mapping })}>
          {t('importer.check')}
        </button>
        <button type="button" className="button" data-action="discard" disabled={busy} onClick={onDiscard}>{t('importer.discard')}</button>
      </div>
    </div>
  );
}
