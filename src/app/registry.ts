import type { Topic } from '../data/schema';
import { firearmSeizuresPanel } from '../features/firearm-seizures/firearm-seizures-panel';
import { healthOutcomesPanel } from '../features/health-outcomes/health-outcomes-panel';
import { healthReformPanel } from '../features/health-reform/health-reform-panel';
import { healthResourcesPanel } from '../features/health-resources/health-resources-panel';
import { hohhotEmergencyPanel } from '../features/hohhot-emergency/hohhot-emergency-panel';
import { hohhotFamilyDoctorsPanel } from '../features/hohhot-family-doctors/hohhot-family-doctors-panel';
import { hohhotFiveCentresPanel } from '../features/hohhot-five-centres/hohhot-five-centres-panel';
import { hohhotHospitalsPanel } from '../features/hohhot-hospitals/hohhot-hospitals-panel';
import { hohhotMedicalGroupsPanel } from '../features/hohhot-medical-groups/hohhot-medical-groups-panel';
import { housingFundPanel } from '../features/housing-fund/housing-fund-panel';
import { morinDawaPovertyPanel } from '../features/morin-dawa-poverty/morin-dawa-poverty-panel';
import { overviewMapPanel } from '../features/overview-map/overview-map-panel';
import type { DatasetPanelSpec, PanelSpec } from '../ui/panel-spec';

/**
 * Every panel made for the dashboard, in reading order. Everything else that names panels
 * (ids, sections, URL parameters, embeds, Export all, tests) is derived from this list.
 */
export const PANELS: readonly PanelSpec[] = [
  overviewMapPanel,
  healthOutcomesPanel,
  healthReformPanel,
  healthResourcesPanel,
  hohhotFamilyDoctorsPanel,
  // Two columns on desktop, read row by row: each row pairs panels on one theme and of about one
  // height (hospital groups beside hospital building, the treatment centres beside 120).
  hohhotMedicalGroupsPanel,
  hohhotHospitalsPanel,
  hohhotFiveCentresPanel,
  hohhotEmergencyPanel,
  firearmSeizuresPanel,
  morinDawaPovertyPanel,
  housingFundPanel,
];

/** Each panel's `data-panel` id, which is also its `tab.<id>` URL parameter and embed id. */
export const PANEL_IDS: readonly string[] = PANELS.map((p) => p.id);

/** Datasets with panels of their own; any other dataset gets a generic explorer panel. */
export const DATASETS_WITH_PANELS: ReadonlySet<string> = new Set(
  PANELS.filter((p): p is DatasetPanelSpec => p.source === 'dataset').map((p) => p.datasetId),
);

/** The panels under each topic heading, in reading order; the overview heads the page. */
export const SECTIONS: readonly { topic: Topic; panels: readonly PanelSpec[] }[] = [
  ...new Set(PANELS.flatMap((p) => (p.topic ? [p.topic] : []))),
].map((topic) => ({ topic, panels: PANELS.filter((p) => p.topic === topic) }));

export const OVERVIEW: readonly PanelSpec[] = PANELS.filter((p) => p.topic === null);
