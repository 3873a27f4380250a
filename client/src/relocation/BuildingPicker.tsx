/** Choosing a destination building by its address: a text field with the sub-district's standing residential buildings as suggestions. */
import { useEffect, useState } from 'react';
import { fetchLayer } from '../api/client';
import { useTranslate } from '../hooks/useTranslate';

/** Address → building id of standing residential buildings, fetched once when `wanted` first turns true. */
export function useBuildingAddresses(wanted: boolean): Map<string, number> | null {
  const [addresses, setAddresses] = useState<Map<string, number> | null>(null);
  useEffect(() => {
    if (!wanted || addresses) return;
    const abort = new AbortController();
    fetchLayer('buildings', abort.signal).then((layer) => {
      const usable = layer.features.filter((f) => f.properties.use === 'residential' && f.properties.status !== 'demolished');
      setAddresses(new Map(usable.map((f) => [f.properties.address, f.properties.id])));
    }, () => undefined);
    return () => abort.abort();
  }, [wanted, addresses]);
  return addresses;
}

export function BuildingPicker({ addresses, value, onChange }: { addresses: Map<string, number> | null; value: string; onChange: (address: string) => void }) {
  const t = useTranslate();
  return (
    <label>{t('relocation.form.building')}
      <input name="building" list="reloc-buildings" value={value} onChange={(e) => onChange(e.target.value)} placeholder={addresses ? '' : t('relocation.form.buildingsLoading')} />
      <datalist id="reloc-buildings">
        {[...(addresses?.keys() ?? [])].slice(0, 3000).map((a) => <option key={a} value={a} />)}
      </datalist>
    </label>
  );
}
