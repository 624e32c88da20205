import { sourceLine } from '../../data/describe';
import { indicatorById, selectObservations } from '../../data/select';
import { ChartBlock } from '../../ui/chart-block';
import { DatasetGate } from '../../ui/dataset-gate';
import { keyFigureOf } from '../../ui/key-figure';
import { KeyFigures } from '../../ui/key-figures';
import { Panel } from '../../ui/panel';
import type { ViewProps } from '../../ui/view-props';
import {
  FIGURE_INDICATORS,
  SHARE_INDICATOR,
  buildHousingFundOption,
} from './build-housing-fund-option';

const DATASET = 'housing-fund-services';
const HEIGHT = 120;

export function HousingFundPanel({ lang, theme }: ViewProps) {
  const title = lang === 'zh' ? '住房公积金“跨省通办”' : 'Housing fund: cross-province services';
  return (
    <DatasetGate datasetId={DATASET} lang={lang} height={HEIGHT + 120}>
      {(dataset, regions) => {
        const option = buildHousingFundOption(dataset, {
          lang,
          regionName: (c) => regions.name(c, lang),
        });
        const figures = selectObservations(dataset, { indicators: FIGURE_INDICATORS });
        return (
          <Panel
            id="housing-fund"
            datasetId={DATASET}
            title={title}
            footer={sourceLine(dataset.sources[0], lang)}
          >
            <KeyFigures figures={figures.map((o) => keyFigureOf(dataset, o, lang))} />
            {option && (
              <ChartBlock
                title={indicatorById(dataset, SHARE_INDICATOR)?.name[lang] ?? SHARE_INDICATOR}
                option={option}
                height={HEIGHT}
                lang={lang}
                theme={theme}
              />
            )}
          </Panel>
        );
      }}
    </DatasetGate>
  );
}
