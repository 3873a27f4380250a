/** Entry point: picks the starting language, then mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import './styles/legend.css';
import './styles/panel.css';
import './styles/panel-lists.css';
import './styles/controls.css';
import './styles/auth.css';
import './styles/branch.css';
import './styles/admin.css';
import './styles/print.css';
import { App } from './App';
import { initialLocale, readRememberedLocale } from './localePreference';
import { useAppStore } from './state/store';

useAppStore.getState().setLocale(initialLocale(window.location.search, readRememberedLocale()));

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
