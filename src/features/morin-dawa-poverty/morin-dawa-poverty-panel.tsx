import { ChartGrid } from '../../ui/chart-grid';
import { DataPanel } from '../../ui/data-panel';
import type { PanelContent } from '../../ui/data-panel';
import { keyFiguresFor } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import type { PanelView } from '../../ui/view-props';
import {
  FIGURE_INDICATORS,
  TREND_INDICATORS,
  buildMorinDawaOptions,
} from './build-morin-dawa-options';

const TITLE = { zh: '莫力达瓦旗脱贫 2014→2019', en: 'Morin Dawa banner out of poverty, 2014→2019' };
const INDICATORS = [...TREND_INDICATORS, ...FIGURE_INDICATORS];
const HEIGHT = 220;

export function MorinDawaPovertyPanel({ view }: { view: PanelView }) {
  return (
    <DataPanel
      id="morin-dawa-poverty"
      datasetId="morin-dawa-poverty"
      title={TITLE}
      indicators={INDICATORS}
      view={view}
      height={HEIGHT + 200}
    >
      {(content) => <Content {...content} />}
    </DataPanel>
  );
}

function Content({ dataset, regions, observations, lang, theme }: PanelContent) {
  const charts = buildMorinDawaOptions(dataset, observations, {
    lang,
    regionName: (c) => regions.name(c, lang),
  });
  const figures = keyFiguresFor(dataset, observations, FIGURE_INDICATORS, lang);
  return (
    <div className="flex flex-col gap-3">
      <ChartGrid charts={charts} height={HEIGHT} columns={2} lang={lang} theme={theme} />
      <KeyFigures figures={figures} />
    </div>
  );
}
