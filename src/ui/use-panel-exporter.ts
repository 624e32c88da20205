import { useMemo } from 'react';
import type { ObservationRow } from '../charts/observation-row';
import type { PanelModel } from '../charts/panel-model';
import { modelCharts } from '../charts/panel-model';
import { createPanelExporter, useRegisterExporter } from './panel-exporter';
import type { PanelExporter } from './panel-exporter';
import type { PanelSpec } from './panel-spec';
import type { PanelView } from './view-props';

/**
 * The panel's exporter for its menu and "Export all": the rows it lists and the charts its
 * model draws, whether or not they were ever on screen. None while there is nothing to export.
 */
export const usePanelExporter = (
  spec: PanelSpec,
  view: PanelView,
  rows: readonly ObservationRow[],
  model: PanelModel | null,
  regionName: (code: string) => string,
): PanelExporter | null => {
  const { lang, filters } = view;
  const { region, from, to } = filters;
  const exporter = useMemo(
    () =>
      rows.length === 0
        ? null
        : createPanelExporter({
            id: spec.id,
            title: spec.title[lang],
            rows,
            filters: { region, from, to },
            regionName,
            lang,
            charts: model
              ? modelCharts(model).map(({ title, option, caption, sentence }) => ({
                  title,
                  option,
                  sentence,
                  ...(caption !== undefined && { caption }),
                }))
              : [],
            figures: model?.sections.flatMap((s) => s.figures) ?? [],
            notes: model?.notes ?? [],
            embedHeight: spec.layout.height + 160,
          }),
    [spec, rows, model, region, from, to, regionName, lang],
  );
  useRegisterExporter(exporter);
  return exporter;
};
