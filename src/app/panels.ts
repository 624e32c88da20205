import type { ComponentType } from 'react';
import type { Topic } from '../data/schema';
import { FirearmSeizuresPanel } from '../features/firearm-seizures/firearm-seizures-panel';
import { HealthOutcomesPanel } from '../features/health-outcomes/health-outcomes-panel';
import { HealthReformPanel } from '../features/health-reform/health-reform-panel';
import { HealthResourcesPanel } from '../features/health-resources/health-resources-panel';
import { HohhotEmergencyPanel } from '../features/hohhot-emergency/hohhot-emergency-panel';
import { HohhotFamilyDoctorsPanel } from '../features/hohhot-family-doctors/hohhot-family-doctors-panel';
import { HohhotFiveCentresPanel } from '../features/hohhot-five-centres/hohhot-five-centres-panel';
import { HohhotMedicalGroupsPanel } from '../features/hohhot-medical-groups/hohhot-medical-groups-panel';
import { HousingFundPanel } from '../features/housing-fund/housing-fund-panel';
import { MorinDawaPovertyPanel } from '../features/morin-dawa-poverty/morin-dawa-poverty-panel';
import type { PanelView } from '../ui/view-props';
import type { PanelId } from './panel-ids';

export interface PanelEntry {
  id: PanelId;
  Panel: ComponentType<{ view: PanelView }>;
  /** Spans both columns on wide screens. */
  wide?: boolean;
}

/**
 * Datasets that have panels made for them. Any other dataset of the manifest gets the
 * generic explorer panel (features/dataset-explorer), so a new dataset needs no code.
 */
export const DATASETS_WITH_PANELS: ReadonlySet<string> = new Set([
  'health-13th-fyp',
  'hohhot-medical-groups',
  'firearm-seizures-2020',
  'morin-dawa-poverty',
  'housing-fund-services',
]);

/** The dashboard's sections in reading order; each panel loads its own dataset. */
export const SECTIONS: { topic: Topic; panels: PanelEntry[] }[] = [
  {
    topic: 'health',
    panels: [
      { id: 'health-outcomes', Panel: HealthOutcomesPanel, wide: true },
      { id: 'health-resources', Panel: HealthResourcesPanel },
      { id: 'health-reform', Panel: HealthReformPanel },
      { id: 'hohhot-medical-groups', Panel: HohhotMedicalGroupsPanel },
      { id: 'hohhot-five-centres', Panel: HohhotFiveCentresPanel },
      { id: 'hohhot-family-doctors', Panel: HohhotFamilyDoctorsPanel },
      { id: 'hohhot-emergency', Panel: HohhotEmergencyPanel },
    ],
  },
  {
    topic: 'public-security',
    panels: [{ id: 'firearm-seizures', Panel: FirearmSeizuresPanel, wide: true }],
  },
  {
    topic: 'poverty-livelihood',
    panels: [{ id: 'morin-dawa-poverty', Panel: MorinDawaPovertyPanel, wide: true }],
  },
  {
    topic: 'public-services',
    panels: [{ id: 'housing-fund', Panel: HousingFundPanel, wide: true }],
  },
];
