/**
 * The page: the sign-in page until someone is signed in; then the printable map of a grid
 * (`/print`), or the workspace (header with the user menu, and the map dashboard or the
 * administration page).
 */
import { SignInPage } from './components/auth/SignInPage';
import { Workspace } from './components/Workspace';
import { PrintPage } from './print/PrintPage';
import { useDocumentLocale } from './hooks/useDocumentLocale';
import { useRoute } from './hooks/useRoute';
import { useSession } from './hooks/useSession';
import { useTranslate } from './hooks/useTranslate';
import { useAppStore } from './state/store';

export function App() {
  const t = useTranslate();
  const status = useAppStore((s) => s.authStatus);
  const route = useRoute();
  useDocumentLocale();
  useSession();
  if (status === 'checking') return <p className="status">{t('signin.checking')}</p>;
  if (status === 'signedOut') return <SignInPage />;
  if (route.page === 'print') return <PrintPage branchId={route.branchId} size={route.size} />;
  return <Workspace route={route} />;
}
