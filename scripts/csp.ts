/**
 * The Content-Security-Policy of the built app. The same string goes into index.html as a
 * <meta> tag (see vite.config.ts) and is what hosts should send as a header (README); the
 * header can add what a meta tag cannot express, such as frame-ancestors.
 * - scripts only from this origin: no inline scripts, no eval; 'wasm-unsafe-eval' lets DuckDB-WASM
 *   compile its WebAssembly (self-hosted, for Parquet datasets) without allowing eval of strings;
 * - data, the worker and the service worker from this origin only;
 * - inline style attributes are allowed: ECharts positions its tooltip with them;
 * - data:/blob: images: PNG export rasterises the composed SVG through an <img>.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
