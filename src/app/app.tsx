import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './dashboard';
import { useSystemTheme } from './use-system-theme';

export function App() {
  // One client per app instance, so tests that render <App /> never share a cache.
  const [client] = useState(() => new QueryClient());
  const theme = useSystemTheme();
  return (
    <QueryClientProvider client={client}>
      <Dashboard lang="zh" theme={theme} />
    </QueryClientProvider>
  );
}
