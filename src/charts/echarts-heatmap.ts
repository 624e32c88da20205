// The five-centres matrix is the only heatmap; its code loads when that chart is near.
import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from './echarts-setup';

echarts.use([HeatmapChart, VisualMapComponent]);
