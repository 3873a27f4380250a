/**
 * A signed-in user's workspace: the header with the user menu over the map dashboard, the
 * planner's workspace, demolition and relocation, or the administration page. The sub-district summary and the small layers load once here (the
 * administration page names branches from them too); a secretary lands on their branch.
 */
import { useEffect } from 'react';
import { loadInitialData } from '../api/load';
import { AdminPage } from '../admin/AdminPage';
import { landingUnit } from '../auth/abilities';
import { PlannerPage } from '../planner/PlannerPage';
import { RelocationPage } from '../relocation/RelocationPage';
import type { Route } from '../route';
import { useAppStore } from '../state/store';
import { Dashboard } from './Dashboard';
import { Header } from './Header';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'admin':
      return <AdminPage />;
    case 'planner':
      return <PlannerPage />;
    case 'relocation':
      return <RelocationPage />;
    default:
      return <Dashboard />;
  }
}

export function Workspace({ route }: { route: Route }) {
  useEffect(() => {
    const abort = new AbortController();
    void loadInitialData(useAppStore, abort.signal, landingUnit(useAppStore.getState().session));
    return () => abort.abort();
  }, []);

  return (
    <div className="app">
      <Header />
      <Page route={route} />
    </div>
  );
}
