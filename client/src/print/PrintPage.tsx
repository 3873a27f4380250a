/**
 * `/print?branch=ID&size=A4|A3`: the printable map of a grid, landscape, with a toolbar on
 * screen (paper size, print or save as PDF through the browser's dialog, download as PNG, back
 * to the map) that does not print. `@page` sets the paper so the dialog starts right.
 */
import { useCallback, useEffect, useState } from 'react';
import { navigate } from '../hooks/useRoute';
import { useTranslate } from '../hooks/useTranslate';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PAPER_SIZES, type PaperSize } from '../route';
import { composePng } from './composePng';
import { loadPrintData, type PrintData } from './loadPrint';
import { PrintSheet, type SheetParts } from './PrintSheet';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function PrintPage({ branchId, size }: { branchId: number | null; size: PaperSize }) {
  const t = useTranslate();
  const [data, setData] = useState<PrintData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [parts, setParts] = useState<SheetParts | null>(null);
  const [pngError, setPngError] = useState<string | null>(null);
  const onReady = useCallback((next: SheetParts | null) => setParts(next), []);

  useEffect(() => {
    if (branchId === null) return undefined;
    const abort = new AbortController();
    loadPrintData(branchId, abort.signal)
      .then(setData)
      .catch((failure: unknown) => {
        if (!abort.signal.aborted) setError(failure instanceof Error ? failure.message : String(failure));
      });
    return () => abort.abort();
  }, [branchId]);

  const png = async () => {
    if (!parts || !data) return;
    setPngError(null);
    try {
      download(await composePng(parts.frame, parts.map.getCanvas(), size), `${data.report.unit.code ?? data.report.unit.id}-${size}.png`);
    } catch (failure) {
      setPngError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div className="print-page">
      <style>{`@page { size: ${size} landscape; margin: 0; }`}</style>
      <div className="print-toolbar">
        <a className="button" href="/" onClick={(e) => { e.preventDefault(); navigate({ page: 'map' }); }}>
          ‹ {t('print.back')}
        </a>
        <div className="segmented" role="group" aria-label={t('print.paperLabel')}>
          {PAPER_SIZES.map((s) => (
            <button key={s} type="button" data-size={s} aria-pressed={s === size} onClick={() => navigate({ page: 'print', branchId, size: s })}>
              {s}
            </button>
          ))}
        </div>
        <button type="button" className="button button--primary" data-action="print" disabled={!parts} onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <button type="button" className="button" data-action="png" disabled={!parts} onClick={() => void png()}>
          {t('print.png')}
        </button>
        <span className="print-toolbar__hint">{t('print.hint')}</span>
        <LanguageSwitch />
      </div>
      {pngError && <p className="status status--error" role="alert">{pngError}</p>}
      {branchId === null && <p className="status status--error" role="alert">{t('print.noBranch')}</p>}
      {error && <p className="status status--error" role="alert">{t('print.error', { message: error })}</p>}
      {data && <PrintSheet data={data} size={size} onReady={onReady} />}
    </div>
  );
}
