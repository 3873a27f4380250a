/**
 * The fields an account form shares: role, and the grid branch when the role is secretary
 * (only a secretary has one).
 */
import { ACCOUNT_ROLES, type AccountRole } from '../../../shared/auth/roles';
import { useTranslate } from '../hooks/useTranslate';
import type { BranchOption } from './branchOptions';

export interface RoleAndBranch {
  role: AccountRole;
  branchId: number | null;
}

export function RoleFields({ value, onChange, branches }: { value: RoleAndBranch; onChange: (next: RoleAndBranch) => void; branches: readonly BranchOption[] }) {
  const t = useTranslate();
  return (
    <>
      <label className="field">
        <span className="field__label">{t('admin.role')}</span>
        <select
          name="role"
          value={value.role}
          onChange={(e) => {
            const role = e.target.value as AccountRole;
            onChange({ role, branchId: role === 'secretary' ? (value.branchId ?? branches[0]?.id ?? null) : null });
          }}
        >
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {value.role === 'secretary' && (
        <label className="field">
          <span className="field__label">{t('admin.branch')}</span>
          <select name="branchId" required value={value.branchId ?? ''} onChange={(e) => onChange({ ...value, branchId: Number(e.target.value) || null })}>
            {branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
