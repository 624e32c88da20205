// Runs in <head> before the first paint (an external file: the CSP allows no inline script).
// A prerendered page shows the default view in the light theme. If this URL asks for another
// view, the page is marked "stale" (index.css hides the baked content until the app has
// rendered the asked-for view), and a dark theme is applied at once (index.css hides the
// baked, light charts until their live ones draw).
(function () {
  var html = document.documentElement;
  html.classList.add('js');
  var params = new URLSearchParams(location.search);
  if (html.getAttribute('data-prerender') === 'static' && location.search.length > 1) {
    html.setAttribute('data-prerender', 'stale');
    // This page waits for the app: fetch its code now, while the baked HTML is still parsing
    // (the build names it in this meta tag, scripts/app-modules.ts).
    var modules = document.querySelector('meta[name="imde-app-modules"]');
    (modules ? modules.getAttribute('content') || '' : '').split(' ').forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
    // And its data worker, started now rather than once the app runs: it fetches the manifest
    // at once (and, for a Parquet dataset, starts that engine, the slowest part of its first
    // chart). The app adopts it (src/data/page/data-client.ts), which ignores the answer to
    // this request's id, -1. One that fails to start is dropped: the app then starts its own.
    var workerMeta = document.querySelector('meta[name="imde-data-worker"]');
    var workerHref = workerMeta ? workerMeta.getAttribute('content') : null;
    if (workerHref && typeof Worker !== 'undefined') {
      try {
        var worker = new Worker(workerHref, { type: 'module' });
        worker.addEventListener('error', function () {
          if (window.__imdeDataWorker === worker) window.__imdeDataWorker = undefined;
        });
        worker.postMessage({ id: -1, request: { kind: 'manifest' } });
        window.__imdeDataWorker = worker;
      } catch (_error) {
        // no worker here: the app starts its own, or runs without one
      }
    }
  }
  var saved = null;
  try {
    saved = localStorage.getItem('imde-theme');
  } catch (_error) {
    // storage disabled: follow the URL or the system
  }
  var asked = params.get('theme') || saved;
  var dark =
    asked === 'dark' ||
    (asked !== 'light' && window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark) html.classList.add('dark');
})();
