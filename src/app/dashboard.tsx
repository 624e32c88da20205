import type { ComponentType } from 'react';
import type { Topic } from '../data/schema';
import { FirearmSeizuresPanel } from '../features/firearm-seizures/firearm-seizures-panel';
import { HealthOutcomesPanel } from '../features/health-outcomes/health-outcomes-panel';
import { HohhotEmergencyPanel } from '../features/hohhot-emergency/hohhot-emergency-panel';
import { HousingFundPanel } from '../features/housing-fund/housing-fund-panel';
import { MorinDawaPovertyPanel } from '../features/morin-dawa-poverty/morin-dawa-poverty-panel';
import { messages } from '../i18n/messages';
import type { ViewProps } from '../ui/view-props';

/** The dashboard's sections in reading order; each panel loads its own dataset. */
const SECTIONS: {
  topic: Topic;
  panels: { id: string; Panel: ComponentType<ViewProps>; wide?: boolean }[];
}[] = [
  {
    topic: 'health',
    panels: [
      { id: 'health-outcomes', Panel: HealthOutcomesPanel, wide: true },
      { id: 'hohhot-emergency', Panel: HohhotEmergencyPanel },
    ],
  },
  { topic: 'public-security', panels: [{ id: 'firearm-seizures', Panel: FirearmSeizuresPanel }] },
  {
    topic: 'poverty-livelihood',
    panels: [{ id: 'morin-dawa-poverty', Panel: MorinDawaPovertyPanel }],
  },
  { topic: 'public-services', panels: [{ id: 'housing-fund', Panel: HousingFundPanel }] },
];

export function Dashboard(view: ViewProps) {
  const t = messages[view.lang];
  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 bg-white px-4 py-4 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-xl font-bold">{t.appTitle}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.appSubtitle}</p>
      </header>
      <main className="mx-auto flex max-w-7xl flex-col gap-8 px-4 py-6">
        {SECTIONS.map(({ topic, panels }) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`} className="mb-3 text-lg font-semibold">
              {t.topic[topic]}
            </h2>
            <div className="grid gap-4 lg:grid-cols-2">
              {panels.map(({ id, Panel, wide }) => (
                <div key={id} className={wide ? 'min-w-0 lg:col-span-2' : 'min-w-0'}>
                  <Panel {...view} />
                </div>
              ))}
            </div>
          </section>
        ))}
      </main>
    </div>
  );
}
