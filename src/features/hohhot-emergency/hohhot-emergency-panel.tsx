import { ChartGrid } from '../../ui/chart-grid';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import type { PanelView } from '../../ui/view-props';
import {
  BEFORE_AFTER_INDICATORS,
  EMERGENCY_FIGURES,
  buildEmergencyOptions,
} from './build-emergency-options';

const TITLE = { zh: '呼和浩特120急救网络扩容', en: "Hohhot's 120 emergency network upgrade" };
const INDICATORS = [...BEFORE_AFTER_INDICATORS, ...EMERGENCY_FIGURES];
const HEIGHT = 220;

export function HohhotEmergencyPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="hohhot-emergency"
      datasetId="hohhot-medical-groups"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={HEIGHT + 120}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const charts = buildEmergencyOptions(dataset, observations, {
    lang,
    regionName: (c) => regions.name(c, lang),
  });
  const figures = keyFiguresFor(dataset, observations, EMERGENCY_FIGURES, lang);
  return (
    <div className="flex flex-col gap-3">
      <ChartGrid charts={charts} height={HEIGHT} columns={2} lang={lang} theme={theme} />
      <KeyFigures figures={figures} />
    </div>
  );
}
