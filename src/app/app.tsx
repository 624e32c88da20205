import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState } from 'react';
import { Dashboard } from './dashboard';

export function App() {
  // One client per app instance, so tests that render <App /> never share a cache.
  const [client] = useState(() => new QueryClient());
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>
        <Dashboard />
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
