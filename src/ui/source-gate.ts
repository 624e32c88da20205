import type { SourceState } from './panel-frame';

/** What a source needs of a query (TanStack Query's result) to wait for it. */
interface Pending<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

type Loaded<Q extends readonly unknown[]> = {
  [K in keyof Q]: Q[K] extends Pending<infer T> ? T : never;
};

/**
 * Waits for every query a panel's source reads, in the frame's terms: the first failure, with
 * a Retry that refetches it (and runs `alsoRetry`, for state read from the same file); else
 * loading until each has data; else their data, in the order given.
 */
export function gateQueries<Q extends readonly Pending<unknown>[]>(
  queries: readonly [...Q],
  alsoRetry?: () => void,
): { state: SourceState; data?: undefined } | { state?: undefined; data: Loaded<Q> } {
  const failed = queries.find((q) => q.isError);
  if (failed) {
    const retry = () => {
      void failed.refetch();
      alsoRetry?.();
    };
    return { state: { status: 'error', error: failed.error, retry } };
  }
  if (queries.some((q) => q.data === undefined)) return { state: { status: 'loading' } };
  return { data: queries.map((q) => q.data) as Loaded<Q> };
}
