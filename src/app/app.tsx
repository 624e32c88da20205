import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useEffect, useState } from 'react';
import { NO_STATIC_CHARTS, StaticChartsContext } from '../charts/static-chart';
import type { StaticCharts } from '../charts/static-chart';
import { ErrorBoundary } from '../ui/error-boundary';
import { CoverageContext, CoverageStore } from '../ui/panel-coverage';
import { RenderError } from '../ui/render-error';
import { Dashboard } from './dashboard';
import { DEFAULT_PAGE, PageContext } from './page';
import type { Page } from './page';

// The last line of defence, outside the view state (which may be what broke): both languages.
const rootFallback = (error: Error, retry: () => void) => (
  <main className="mx-auto max-w-xl p-6">
    <RenderError
      title="页面出错 · The page failed to render"
      error={error}
      retryLabel="重试 · Retry"
      retry={retry}
    />
  </main>
);

export interface AppProps {
  /** A client already holding data (the prerender's, or the one a page hydrates with). */
  client?: QueryClient;
  page?: Page;
  /** Charts drawn at build time, kept until they go live. */
  staticCharts?: StaticCharts;
}

export function App({ client: given, page = DEFAULT_PAGE, staticCharts }: AppProps) {
  // One client per app instance, so tests that render <App /> never share a cache.
  const [client] = useState(() => given ?? new QueryClient());
  const [coverage] = useState(() => new CoverageStore());
  // Tells tests, the benchmark and embedding tools that the page is interactive (hydrated).
  useEffect(() => {
    document.documentElement.dataset.app = 'live';
  }, []);
  return (
    <ErrorBoundary fallback={rootFallback}>
      <NuqsAdapter>
        <QueryClientProvider client={client}>
          <PageContext value={page}>
            <StaticChartsContext value={staticCharts ?? NO_STATIC_CHARTS}>
              <CoverageContext value={coverage}>
                <Dashboard />
              </CoverageContext>
            </StaticChartsContext>
          </PageContext>
        </QueryClientProvider>
      </NuqsAdapter>
    </ErrorBoundary>
  );
}
