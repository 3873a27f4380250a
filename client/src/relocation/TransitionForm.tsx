/**
 * Records the next step of a member's relocation: only the states the state machine allows are
 * offered (shared/relocation/states.ts); a destination is a building of the sub-district (chosen
 * by address) or an outside address with coordinates and community. A refusal is explained in
 * the user's language: an illegal step names the allowed ones, a conflict asks for a reload.
 */
import { useState, type FormEvent } from 'react';
import type { LedgerEntryDto } from '../../../shared/relocation/api';
import { ALLOWED_TRANSITIONS, type RelocationState } from '../../../shared/relocation/states';
import { ApiRequestError } from '../api/http';
import { postTransition, type DestinationInput } from '../api/relocation';
import { useTranslate } from '../hooks/useTranslate';
import type { Translate } from '../i18n';
import { useAppStore } from '../state/store';
import { BuildingPicker, useBuildingAddresses } from './BuildingPicker';
import { stateLabel } from './labels';

type DestKind = 'none' | 'building' | 'outside';

interface Problem {
  text: string;
  conflict: boolean;
}

/** The user's words for a refused step. */
function problemOf(failure: unknown, entry: LedgerEntryDto, to: RelocationState, t: Translate): Problem {
  if (failure instanceof ApiRequestError && failure.status === 409) {
    const now = /it is now "(\w+)"/.exec(failure.message)?.[1] as RelocationState | undefined;
    return { text: t('relocation.form.conflict', { state: now ? stateLabel(t, now) : '?' }), conflict: true };
  }
  if (failure instanceof ApiRequestError && failure.status === 400 && failure.field === 'to') {
    const allowed = ALLOWED_TRANSITIONS[entry.state].map((s) => stateLabel(t, s)).join('、');
    return { text: t('relocation.form.illegal', { from: stateLabel(t, entry.state), to: stateLabel(t, to), allowed }), conflict: false };
  }
  return { text: failure instanceof Error ? failure.message : String(failure), conflict: false };
}

export function TransitionForm({ entry }: { entry: LedgerEntryDto }) {
  const t = useTranslate();
  const today = useAppStore((s) => s.today);
  const allowed = ALLOWED_TRANSITIONS[entry.state];
  const [to, setTo] = useState<RelocationState>(allowed[0] ?? entry.state);
  const [on, setOn] = useState(today);
  const [kind, setKind] = useState<DestKind>('none');
  const [building, setBuilding] = useState('');
  const [outside, setOutside] = useState({ address: '', communityName: '', lng: '', lat: '' });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const addresses = useBuildingAddresses(kind === 'building');

  const destination = (): DestinationInput | undefined | Problem => {
    if (kind === 'building') {
      const id = addresses?.get(building.trim());
      return id === undefined ? { text: t('relocation.form.needBuilding'), conflict: false } : { buildingId: id };
    }
    if (kind === 'outside') {
      const lng = Number(outside.lng);
      const lat = Number(outside.lat);
      if (!outside.address.trim() || !outside.communityName.trim() || !outside.lng || !outside.lat || !Number.isFinite(lng) || !Number.isFinite(lat)) {
        return { text: t('relocation.form.needOutside'), conflict: false };
      }
      return { address: outside.address.trim(), communityName: outside.communityName.trim(), lng, lat };
    }
    return undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const dest = destination();
    if (dest && 'text' in dest) return setProblem(dest);
    setBusy(true);
    try {
      const saved = await postTransition(entry.id, { to, on, note, expectedVersion: entry.version, ...(dest ? { destination: dest } : {}) });
      setDone(t('relocation.form.done', { state: stateLabel(t, saved.state) }));
      useAppStore.getState().reloadRelocation();
    } catch (failure) {
      setProblem(problemOf(failure, entry, to, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="reloc-form" onSubmit={(e) => void submit(e)}>
      <h4>{t('relocation.form.title')}</h4>
      <p className="reloc-muted">{t('relocation.form.allowed', { allowed: allowed.map((s) => stateLabel(t, s)).join('、') })}</p>
      <label>{t('relocation.form.to')}
        <select name="to" value={to} onChange={(e) => setTo(e.target.value as RelocationState)}>
          {allowed.map((s) => <option key={s} value={s}>{stateLabel(t, s)}</option>)}
        </select>
      </label>
      <label>{t('relocation.form.on')}<input name="on" type="date" value={on} max={today} onChange={(e) => setOn(e.target.value)} required /></label>
      <label>{t('relocation.form.destKind')}
        <select name="destKind" value={kind} onChange={(e) => setKind(e.target.value as DestKind)}>
          <option value="none">{t('relocation.form.destNone')}</option>
          <option value="building">{t('relocation.form.destBuilding')}</option>
          <option value="outside">{t('relocation.form.destOutside')}</option>
        </select>
      </label>
      {kind === 'building' && <BuildingPicker addresses={addresses} value={building} onChange={setBuilding} />}
      {kind === 'outside' && (
        <div className="reloc-form__outside">
          <label>{t('relocation.form.address')}<input name="address" value={outside.address} onChange={(e) => setOutside({ ...outside, address: e.target.value })} /></label>
          <label>{t('relocation.form.community')}<input name="communityName" value={outside.communityName} onChange={(e) => setOutside({ ...outside, communityName: e.target.value })} /></label>
          <label>{t('relocation.form.lng')}<input name="lng" inputMode="decimal" value={outside.lng} onChange={(e) => setOutside({ ...outside, lng: e.target.value })} /></label>
          <label>{t('relocation.form.lat')}<input name="lat" inputMode="decimal" value={outside.lat} onChange={(e) => setOutside({ ...outside, lat: e.target.value })} /></label>
        </div>
      )}
      <label>{t('relocation.form.note')}<input name="note" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} /></label>
      {/* Until the building list has loaded no address can be matched: saving then would only say "choose a building". */}
      <button type="submit" disabled={busy || (kind === 'building' && addresses === null)}>{busy ? t('relocation.form.busy') : t('relocation.form.submit')}</button>
      {done && <p className="reloc-done" role="status">{done}</p>}
      {problem && (
        <p className="reloc-error" role="alert">
          {problem.text}
          {problem.conflict && <button type="button" onClick={() => useAppStore.getState().reloadRelocation()}>{t('relocation.form.reload')}</button>}
        </p>
      )}
    </form>
  );
}
