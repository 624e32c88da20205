import type { ReactNode } from 'react';

interface PanelProps {
  /** Stable panel id: the `data-panel` attribute tests, benchmarks and exports rely on. */
  id: string;
  datasetId: string;
  title: string;
  description?: string;
  footer?: ReactNode;
  /** Controls in the header, e.g. the Export menu. */
  actions?: ReactNode;
  children: ReactNode;
}

export function Panel({
  id,
  datasetId,
  title,
  description,
  footer,
  actions,
  children,
}: PanelProps) {
  const titleId = `panel-${id}-title`;
  return (
    <section
      id={`panel-${id}`}
      data-panel={id}
      data-dataset={datasetId}
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex items-start justify-between gap-2">
        <div>
          <h3 id={titleId} className="text-base font-semibold text-slate-900 dark:text-slate-100">
            {title}
          </h3>
          {description && (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{description}</p>
          )}
        </div>
        {actions}
      </header>
      {children}
      {footer && (
        <footer className="mt-auto text-xs text-slate-500 dark:text-slate-400">{footer}</footer>
      )}
    </section>
  );
}
