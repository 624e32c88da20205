import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import { CoverageContext, CoverageStore } from '../ui/panel-coverage';
import { RenderError } from '../ui/render-error';
import { Dashboard } from './dashboard';

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

export function App() {
  // One client per app instance, so tests that render <App /> never share a cache.
  const [client] = useState(() => new QueryClient());
  const [coverage] = useState(() => new CoverageStore());
  return (
    <ErrorBoundary fallback={rootFallback}>
      <NuqsAdapter>
        <QueryClientProvider client={client}>
          <CoverageContext value={coverage}>
            <Dashboard />
          </CoverageContext>
        </QueryClientProvider>
      </NuqsAdapter>
    </ErrorBoundary>
  );
}
