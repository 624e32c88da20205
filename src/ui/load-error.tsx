import { DataLoadError } from '../data/data-error';
import type { Lang } from '../data/schema';
import { messages } from '../i18n/messages';

interface LoadErrorProps {
  error: unknown;
  lang: Lang;
  onRetry: () => void;
}

/** Names the file and its first problems by JSON path, with a way to try again. */
export function LoadError({ error, lang, onRetry }: LoadErrorProps) {
  const t = messages[lang];
  const problems = error instanceof DataLoadError ? error.problems.slice(0, 3) : [];
  return (
    <div
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">
        {t.loadFailed}
        {error instanceof DataLoadError && (
          <>
            : <code>{error.file}</code>
          </>
        )}
      </p>
      {problems.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
      )}
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 rounded border border-red-400 px-3 py-1 font-medium hover:bg-red-100 focus-visible:outline-2 dark:hover:bg-red-900"
      >
        {t.retry}
      </button>
    </div>
  );
}
