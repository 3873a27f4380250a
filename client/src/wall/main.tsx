/**
 * Entry of the command-centre wall display (/wall). The wall is its own page with its own
 * store, so the desk dashboard's bundle and state never mix with it. It reads its settings
 * from the address (params.ts), chooses a layout for the screen, and runs until the page
 * closes: no login form, no reloads.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'maplibre-gl/dist/maplibre-gl.css';
import './wall.css';
import './wall-panels.css';
import { WallApi } from './api';
import { WallApp } from './components/WallApp';
import { WallContext } from './context';
import { WallController } from './controller';
import { wallTranslator } from './i18n';
import { chooseLayout, layoutUnit } from './layout';
import { parseWallParams } from './params';
import { createWallStore } from './state/store';

const params = parseWallParams(window.location.search);
const layoutFor = () => (params.layout === 'auto' ? chooseLayout(window.innerWidth, window.innerHeight) : params.layout);
const unitFor = () => layoutUnit(layoutFor(), window.innerWidth, window.innerHeight);
const store = createWallStore(params, layoutFor(), unitFor());
const api = new WallApi(params.token);

if (params.token) new WallController(store, api).start();
window.addEventListener('resize', () => store.getState().setLayout(layoutFor(), unitFor()));

const root = document.getElementById('wall');
if (!root) throw new Error('wall.html lacks #wall');
createRoot(root).render(
  <StrictMode>
    <WallContext.Provider value={{ store, api, t: wallTranslator(params.locale) }}>
      <WallApp />
    </WallContext.Provider>
  </StrictMode>,
);
