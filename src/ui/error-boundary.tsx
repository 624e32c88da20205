import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** Shown instead of the children after a render error; `retry` re-mounts them. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

/** A render failure in one chart stays in its panel; the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Logged for whoever debugs it; the user sees the fallback.
    console.warn('Panel render failed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    return error
      ? this.props.fallback(error, () => this.setState({ error: null }))
      : this.props.children;
  }
}
