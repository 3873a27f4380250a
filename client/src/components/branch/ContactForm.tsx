/** Recording a contact with a member: the day (today by default, never later), how, and a note. */
import { useState, type FormEvent } from 'react';
import { CONTACT_METHODS, type ContactMethod } from '../../../../shared/members';
import { contactAndRefresh } from '../../api/loadBranch';
import { useAction } from '../../hooks/useAction';
import { useTranslate } from '../../hooks/useTranslate';
import { useAppStore } from '../../state/store';

export function ContactForm({ memberId, onDone }: { memberId: number; onDone: () => void }) {
  const t = useTranslate();
  const today = useAppStore((s) => s.today);
  const [date, setDate] = useState(today);
  const [method, setMethod] = useState<ContactMethod>('visit');
  const [note, setNote] = useState('');
  const save = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run(() => contactAndRefresh(useAppStore, memberId, { date, method, note }))) onDone();
  };
  return (
    <form className="contact-form" onSubmit={(e) => void submit(e)} aria-label={t('contact.title')}>
      <label className="field field--inline">
        <span className="field__label">{t('contact.date')}</span>
        <input type="date" name="date" required max={today} value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('contact.method')}</span>
        <select name="method" value={method} onChange={(e) => setMethod(e.target.value as ContactMethod)}>
          {CONTACT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`contact.method.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t('contact.note')}</span>
        <textarea name="note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {save.error && <p className="work-row__error" role="alert">{save.error}</p>}
      <div className="contact-form__buttons">
        <button type="submit" className="button button--primary button--small" data-action="save-contact" disabled={save.busy}>
          {t('contact.save')}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('contact.cancel')}
        </button>
      </div>
    </form>
  );
}
