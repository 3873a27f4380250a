/** The planner's workspace: paint buildings into grid branches and apply the plan. */
import { useTranslate } from '../hooks/useTranslate';

export function PlannerPage() {
  const t = useTranslate();
  return (
    <main className="app-main">
      <h2>{t('planner.title')}</h2>
    </main>
  );
}
