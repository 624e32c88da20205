// The page's only script before its load event. A prerendered page is complete without
// scripts: its figures, charts (SVG), tables and sources are in the HTML. React, the data
// client and every panel's code take over the markup as it is (src/main.tsx) when the reader
// acts, when the data have changed since the build, or once the page is quiet after load, so
// a reader who only reads never waits for them. Any other page (dev, or a URL asking for
// another view than the baked one) starts the app at once.
import './index.css';
import { dataUrl } from './data/fetch-data-file';
import { afterLoad, whenQuiet } from './lib/after-load';
import { pageDataChanged } from './lib/baked-data';
import { postHeightToParent } from './lib/post-height';
import { holdClicks } from './lib/replay-clicks';

const html = document.documentElement;
if (html.dataset.pageEmbed || new URLSearchParams(location.search).has('embed')) {
  postHeightToParent();
}

const start = () => void import('./main');

// A dark reader's baked (light) charts are hidden until they go live (index.css): start at load.
const waitForReader = html.dataset.prerender === 'static' && !html.classList.contains('dark');

if (waitForReader) {
  const root = document.getElementById('root');
  if (root) holdClicks(root);
  const early = ['pointerdown', 'pointerover', 'keydown', 'focusin', 'touchstart'] as const;
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    early.forEach((type) => window.removeEventListener(type, go, true));
    start();
  };
  early.forEach((type) => window.addEventListener(type, go, { capture: true, passive: true }));
  void afterLoad().then(() => {
    void pageDataChanged(dataUrl).then((changed) => changed && go());
    void whenQuiet().then(go);
  });
} else if (html.dataset.prerender === 'static') {
  void afterLoad().then(start);
} else {
  start();
}
