/**
 * Step 1 of the import wizard: which layer, which file, which coordinate system; then upload.
 */
import { useState, type FormEvent } from 'react';
import type { SourceCrs } from '../../../shared/crs/systems';
import { DATA_LAYERS, type DataLayer } from '../../../shared/import/layers';
import { useTranslate } from '../hooks/useTranslate';
import { ImportCrsSelect } from './ImportCrsSelect';

/** The file types the server reads, for the file picker. */
const ACCEPT = '.geojson,.json,.zip,.csv,.xlsx';

export interface FileChoice {
  layer: DataLayer;
  file: File;
  crs: SourceCrs;
  /** Whether the user picked the system themselves (then it wins over what the file declares). */
  crsChosen: boolean;
}

export function ImportFileStep({ busy, onUpload }: { busy: boolean; onUpload: (choice: FileChoice) => void }) {
  const t = useTranslate();
  const [layer, setLayer] = useState<DataLayer>('buildings');
  const [file, setFile] = useState<File | null>(null);
  const [crs, setCrs] = useState<SourceCrs>('wgs84');
  const [crsChosen, setCrsChosen] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) onUpload({ layer, file, crs, crsChosen });
  };
  return (
    <form className="admin-form importer-file" data-form="import-file" onSubmit={submit}>
      <div className="importer-settings">
        <label className="field">
          <span className="field__label">{t('importer.layer')}</span>
          <select name="layer" value={layer} onChange={(e) => setLayer(e.target.value as DataLayer)}>
            {DATA_LAYERS.map((l) => <option key={l} value={l}>{t(`importer.layer.${l}`)}</option>)}
          </select>
        </label>
        <label className="field importer-file__file">
          <span className="field__label">{t('importer.file')}</span>
          <input name="file" type="file" accept={ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <span className="importer__hint">{t('importer.fileHint')}</span>
        </label>
        <ImportCrsSelect value={crs} onChange={(c) => { setCrs(c); setCrsChosen(true); }} />
      </div>
      <div className="admin-form__buttons">
        <button type="submit" className="button button--primary" data-action="upload" disabled={!file || busy}>{t('importer.upload')}</button>
      </div>
    </form>
  );
}
