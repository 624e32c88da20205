import { explorerPanelId } from '../features/dataset-explorer/explorer-panel-id';
import {
  ENFORCEMENT_INDICATORS,
  SEIZURE_INDICATORS,
} from '../features/firearm-seizures/build-firearm-seizures-options';
import { OUTCOME_GROUPS } from '../features/health-outcomes/build-health-outcomes-options';
import {
  POVERTY_FIGURES,
  REFORM_CHART_INDICATORS,
  REFORM_FIGURES,
} from '../features/health-reform/build-health-reform-options';
import {
  PER_THOUSAND,
  RESOURCE_TOTALS,
} from '../features/health-resources/build-health-resources-option';
import {
  BEFORE_AFTER_INDICATORS,
  EMERGENCY_FIGURES,
} from '../features/hohhot-emergency/build-emergency-options';
import {
  SIGNING_RATES,
  TEAMS,
} from '../features/hohhot-family-doctors/build-family-doctors-option';
import { FIVE_CENTRES_INDICATORS } from '../features/hohhot-five-centres/build-five-centres-option';
import {
  GROUP_FIGURES,
  GROUP_INDICATOR,
} from '../features/hohhot-medical-groups/build-medical-groups-option';
import {
  FIGURE_INDICATORS as HOUSING_FIGURES,
  SHARE_INDICATOR,
} from '../features/housing-fund/build-housing-fund-option';
import {
  FIGURE_INDICATORS as MORIN_DAWA_FIGURES,
  TREND_INDICATORS,
} from '../features/morin-dawa-poverty/build-morin-dawa-options';
import type { PanelId } from './panel-ids';

/** Which indicators of which dataset a panel shows. */
export interface PanelIndicators {
  panelId: PanelId;
  datasetId: string;
  indicators: readonly string[];
}

// The same lists each panel passes to <DataPanel indicators>, gathered in one place until
// panels are described by specs that carry them.
export const PANEL_INDICATORS: readonly PanelIndicators[] = [
  {
    panelId: 'health-outcomes',
    datasetId: 'health-13th-fyp',
    indicators: OUTCOME_GROUPS.flatMap((g) => g.indicators),
  },
  {
    panelId: 'health-resources',
    datasetId: 'health-13th-fyp',
    indicators: [...RESOURCE_TOTALS, ...PER_THOUSAND],
  },
  {
    panelId: 'health-reform',
    datasetId: 'health-13th-fyp',
    indicators: [...POVERTY_FIGURES, ...REFORM_FIGURES, ...REFORM_CHART_INDICATORS],
  },
  {
    panelId: 'hohhot-medical-groups',
    datasetId: 'hohhot-medical-groups',
    indicators: [GROUP_INDICATOR, ...GROUP_FIGURES],
  },
  {
    panelId: 'hohhot-five-centres',
    datasetId: 'hohhot-medical-groups',
    indicators: FIVE_CENTRES_INDICATORS,
  },
  {
    panelId: 'hohhot-family-doctors',
    datasetId: 'hohhot-medical-groups',
    indicators: [TEAMS, ...SIGNING_RATES],
  },
  {
    panelId: 'hohhot-emergency',
    datasetId: 'hohhot-medical-groups',
    indicators: [...BEFORE_AFTER_INDICATORS, ...EMERGENCY_FIGURES],
  },
  {
    panelId: 'firearm-seizures',
    datasetId: 'firearm-seizures-2020',
    indicators: [...ENFORCEMENT_INDICATORS, ...SEIZURE_INDICATORS],
  },
  {
    panelId: 'morin-dawa-poverty',
    datasetId: 'morin-dawa-poverty',
    indicators: [...TREND_INDICATORS, ...MORIN_DAWA_FIGURES],
  },
  {
    panelId: 'housing-fund',
    datasetId: 'housing-fund-services',
    indicators: [SHARE_INDICATOR, ...HOUSING_FIGURES],
  },
];

/**
 * The panel that shows a figure: the first panel made for its dataset that lists its
 * indicator; any other dataset's figures are in its generic explorer panel.
 */
export const panelForFigure = (
  panels: readonly PanelIndicators[],
  datasetId: string,
  indicator: string,
): string =>
  panels.find((p) => p.datasetId === datasetId && p.indicators.includes(indicator))?.panelId ??
  explorerPanelId(datasetId);
