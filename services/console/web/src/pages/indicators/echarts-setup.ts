import { BarChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the indicators page draws, so its chunk carries no other chart type. The canvas
// renderer sets no style attributes, which the console's CSP (style-src 'self') would refuse.
use([
  BarChart,
  LineChart,
  MapChart,
  AriaComponent,
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { init, registerMap };
