// Map series (with their geo coordinate system) and visual maps: only the map panels need
// them, so they load with the first map's geometry instead of with the first chart.
import { MapChart } from 'echarts/charts';
// Title: a map's inset names itself ("市区放大"), on screen and in exported images.
import { TitleComponent, VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts-setup';

echarts.use([MapChart, TitleComponent, VisualMapComponent]);

/** Registers a map once; re-registering would rebuild geo resources for every chart. */
export function registerMapOnce(code: string, geoJson: unknown): void {
  if (echarts.getMap(code)) return;
  echarts.registerMap(code, geoJson as Parameters<typeof echarts.registerMap>[1]);
}
