import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerOfflineSupport } from './app/offline';
import { preloadChartCore } from './charts/chart-modules';
import './index.css';

preloadChartCore();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerOfflineSupport();
