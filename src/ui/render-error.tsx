interface RenderErrorProps {
  title: string;
  error: Error;
  retryLabel: string;
  retry: () => void;
}

/** What an error boundary shows instead of what failed to render: the reason and a retry. */
export function RenderError({ title, error, retryLabel, retry }: RenderErrorProps) {
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{title}</p>
      <p>{error.message}</p>
      <button
        type="button"
        onClick={retry}
        className="mt-2 rounded border border-red-400 px-3 py-1 focus-visible:outline-2"
      >
        {retryLabel}
      </button>
    </div>
  );
}
