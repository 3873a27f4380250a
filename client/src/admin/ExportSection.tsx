/**
 * 导出数据: every layer as GeoJSON, CSV or a zipped Shapefile, each a plain download link. The
 * server decides what the signed-in role receives (phones masked, members withheld) and logs it.
 */
import { DATA_LAYERS, PERSONAL_LAYERS } from '../../../shared/import/layers';
import { EXPORT_FORMATS, exportPath } from '../api/imports';
import { useTranslate } from '../hooks/useTranslate';
import '../styles/importer.css';

export function ExportSection() {
  const t = useTranslate();
  return (
    <div className="exporter" data-section="export">
      <h2 className="importer__title">{t('exporter.title')}</h2>
      <p className="importer__hint">{t('exporter.intro')}</p>
      <table className="admin-table exporter__table" data-table="exports">
        <thead>
          <tr>
            <th>{t('exporter.layer')}</th>
            <th>{t('exporter.downloads')}</th>
          </tr>
        </thead>
        <tbody>
          {DATA_LAYERS.map((layer) => (
            <tr key={layer} data-layer={layer}>
              <td>
                {t(`importer.layer.${layer}`)}
                {PERSONAL_LAYERS.includes(layer) && <span className="importer-badge importer-badge--warning exporter__personal">{t('exporter.personal')}</span>}
              </td>
              <td>
                <div className="exporter__links">
                  {EXPORT_FORMATS.map((format) => (
                    <a key={format} className="button button--small" data-format={format} href={exportPath(layer, format)} download>
                      {t(`exporter.format.${format}`)}
                    </a>
                  ))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
