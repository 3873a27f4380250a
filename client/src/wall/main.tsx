/**
 * Entry of the command-centre wall display (/wall). The wall is its own page so the desk
 * dashboard's bundle and state never mix with it.
 */
import { createRoot } from 'react-dom/client';

const root = document.getElementById('wall');
if (root) createRoot(root).render(<p style={{ font: '32px sans-serif', padding: 40 }}>指挥中心大屏 · Command-centre wall</p>);
