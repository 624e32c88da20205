import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Lang } from '../data/schema';
import { tFor } from '../i18n/i18n';
import { PANEL_TABS } from './view-props';
import type { PanelTab } from './view-props';
import { tabPanelId } from './tab-panel-id';

interface PanelTabsProps {
  panelId: string;
  panelTitle: string;
  tab: PanelTab;
  lang: Lang;
  onChange: (tab: PanelTab) => void;
}

const tabId = (panelId: string, tab: PanelTab) => `panel-${panelId}-tab-${tab}`;

/** Chart / Table / Sources, as an ARIA tab list: arrow keys move, the selected tab is focusable. */
export function PanelTabs({ panelId, panelTitle, tab, lang, onChange }: PanelTabsProps) {
  const t = tFor(lang);
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next =
      PANEL_TABS[(PANEL_TABS.indexOf(tab) + step + PANEL_TABS.length) % PANEL_TABS.length] ?? tab;
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t('tabs.label', { panel: panelTitle })}
      className="flex gap-1 border-b border-slate-200 dark:border-slate-700 print:hidden"
      onKeyDown={onKeyDown}
    >
      {PANEL_TABS.map((name) => (
        <button
          key={name}
          ref={(el) => {
            refs.current[name] = el;
          }}
          id={tabId(panelId, name)}
          type="button"
          role="tab"
          aria-selected={tab === name}
          aria-controls={tabPanelId(panelId)}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onChange(name)}
          className={`-mb-px border-b-2 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 ${
            tab === name
              ? 'border-blue-600 font-semibold text-blue-700 dark:border-blue-400 dark:text-blue-300'
              : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
          }`}
        >
          {t(`tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
