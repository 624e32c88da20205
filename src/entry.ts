// The page's only script before its load event. A prerendered page is complete without
// scripts: its figures, charts (SVG), tables and sources are in the HTML. React, the data
// client and every panel's code arrive after the load event, or as soon as the reader acts,
// and take over the markup as it is (src/main.tsx). Any other page (dev, or a URL asking for
// another view than the baked one) starts the app at once.
import './index.css';
import { postHeightToParent } from './lib/post-height';

const html = document.documentElement;
if (html.dataset.pageEmbed || new URLSearchParams(location.search).has('embed')) {
  postHeightToParent();
}

const start = () => void import('./main');

if (html.dataset.prerender === 'static') {
  const early = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    early.forEach((type) => window.removeEventListener(type, go, true));
    start();
  };
  early.forEach((type) => window.addEventListener(type, go, { capture: true, passive: true }));
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
} else {
  start();
}
