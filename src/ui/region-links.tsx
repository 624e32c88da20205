import type { RegionLinks } from '../charts/panel-model';

const LINK =
  'min-h-6 rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 ' +
  'focus-visible:outline-2 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800';

/** A chart's region links as buttons: what a click on the map does, by keyboard too. */
export function RegionLinksView({
  links,
  onSelect,
}: {
  links: RegionLinks;
  onSelect: (code: string) => void;
}) {
  return (
    <div className="mb-2 flex flex-wrap items-center gap-1.5 text-xs" data-testid="region-links">
      {links.label && <span className="text-slate-600 dark:text-slate-400">{links.label}</span>}
      {links.links.map((l) => (
        <button key={l.code} type="button" className={LINK} onClick={() => onSelect(l.code)}>
          {l.label}
        </button>
      ))}
    </div>
  );
}
