/**
 * 导入数据: the import wizard on the administration page. One job on the server carries the
 * file through upload → analysis and column mapping → validation report → commit of the valid
 * part (or nothing); this component shows the step the job is at, the progress of whatever is
 * running, and the server's words when something is refused.
 */
import { useState } from 'react';
import type { SourceCrs } from '../../../shared/crs/systems';
import { useTranslate } from '../hooks/useTranslate';
import '../styles/importer.css';
import { ImportFileStep, type FileChoice } from './ImportFileStep';
import { ImportJobList } from './ImportJobList';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReportStep } from './ImportReportStep';
import { ImportResultStep } from './ImportResultStep';
import { initialCrs } from './importMapping';
import { useImportJob } from './importJob';
import { WIZARD_STEPS, progressView, wizardStep } from './importProgress';

export function ImportSection() {
  const t = useTranslate();
  const handle = useImportJob();
  const { job, working } = handle;
  const [choice, setChoice] = useState<{ crs: SourceCrs; chosen: boolean }>({ crs: 'wgs84', chosen: false });
  /** The user went back from the report to change the mapping. */
  const [remap, setRemap] = useState(false);
  const jobStep = wizardStep(job);
  const step = remap && jobStep === 'report' ? 'mapping' : jobStep;
  const progress = progressView(job, handle.uploadFraction);
  const upload = (c: FileChoice) => {
    setChoice({ crs: c.crs, chosen: c.crsChosen });
    setRemap(false);
    handle.upload(c.layer, c.file);
  };
  const validate: typeof handle.validate = (body) => {
    setRemap(false);
    handle.validate(body);
  };
  const restart = () => {
    setRemap(false);
    handle.reset();
  };
  const failedOnFile = job?.state === 'failed' && !job.report;
  const open: typeof handle.open = (chosen) => {
    setChoice({ crs: chosen.settings?.crs ?? 'wgs84', chosen: chosen.settings !== null });
    setRemap(false);
    handle.open(chosen);
  };

  return (
    <div className="importer" data-section="import">
      <h2 className="importer__title">{t('importer.title')}</h2>
      <p className="importer__hint">{t('importer.intro')}</p>
      <ol className="importer-steps" aria-label={t('importer.title')}>
        {WIZARD_STEPS.map((s, i) => (
          <li key={s} data-wizard-step={s} className={`importer-steps__step${s === step ? ' importer-steps__step--current' : ''}`} aria-current={s === step ? 'step' : undefined}>
            <span className="importer-steps__number">{i + 1}</span>
            {t(`importer.step.${s}`)}
          </li>
        ))}
      </ol>
      {progress && <ImportProgressBar view={progress} />}
      {handle.error && <p className="admin-form__error importer__error" role="alert" data-part="error">{t('importer.error', { message: handle.error })}</p>}
      {failedOnFile && job.error && <p className="admin-form__error importer__error" role="alert" data-part="error">{t('importer.failed', { message: job.error })}</p>}
      {step === 'file' && <ImportFileStep busy={working} onUpload={upload} />}
      {step === 'file' && !working && <ImportJobList currentId={job?.id ?? null} onOpen={open} />}
      {step === 'mapping' && job?.analysis && (
        <ImportMappingStep
          key={`${job.id}:${remap}`}
          job={{ ...job, analysis: job.analysis }}
          crs={initialCrs(choice.crs, choice.chosen, job.analysis.crsHint)}
          busy={working}
          onValidate={validate}
          onDiscard={handle.discard}
        />
      )}
      {step === 'report' && job?.report && (
        <ImportReportStep job={{ ...job, report: job.report }} busy={working} onValidate={validate} onCommit={handle.commit} onDiscard={handle.discard} onRemap={() => setRemap(true)} />
      )}
      {step === 'result' && job?.result && <ImportResultStep job={{ ...job, result: job.result }} onAgain={restart} />}
    </div>
  );
}
