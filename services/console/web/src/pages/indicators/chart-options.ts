import type { EChartsCoreOption } from 'echarts/core';
import type { RegionValue, YearPoint } from './indicator-figures.ts';

const BRAND = '#9b1c1c';
const INK = '#1f2328';
const textStyle = { color: INK, fontFamily: 'system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif' };

export interface TargetBar {
  readonly name: string;
  readonly percent: number;
  /** "value / target (percent%)", shown at the bar's end. */
  readonly label: string;
}

/** Every counted measure as a share of its target; a line marks the target itself (100%). */
export const targetsOption = (bars: readonly TargetBar[]): EChartsCoreOption => ({
  textStyle,
  grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
  xAxis: {
    type: 'value',
    min: 0,
    max: Math.max(100, ...bars.map((bar) => bar.percent)),
    axisLabel: { formatter: '{value}%' },
  },
  yAxis: {
    type: 'category',
    inverse: true,
    data: bars.map((bar) => bar.name),
    axisLabel: { width: 120, overflow: 'break' },
  },
  tooltip: { trigger: 'item' },
  series: [
    {
      type: 'bar',
      data: bars.map((bar) => bar.percent),
      itemStyle: { color: BRAND },
      label: {
        show: true,
        position: 'right',
        color: INK,
        formatter: (p: { dataIndex: number }) => bars[p.dataIndex]?.label ?? '',
      },
      markLine: {
        symbol: 'none',
        data: [{ xAxis: 100 }],
        lineStyle: { color: INK, type: 'dashed' },
        label: { formatter: '100%' },
      },
    },
  ],
});

/** One measure year by year: what was new each year, the running total, and the target it runs toward. */
export const yearOption = (
  points: readonly YearPoint[],
  target: number,
  names: { yearly: string; cumulative: string; target: string },
): EChartsCoreOption => ({
  textStyle,
  grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
  legend: { show: false },
  tooltip: { trigger: 'axis' },
  xAxis: { type: 'category', data: points.map((point) => point.year) },
  yAxis: { type: 'value', max: Math.max(target, ...points.map((point) => point.cumulative)) },
  series: [
    { name: names.yearly, type: 'bar', data: points.map((point) => point.value), itemStyle: { color: BRAND } },
    {
      name: names.cumulative,
      type: 'line',
      data: points.map((point) => point.cumulative),
      lineStyle: { color: INK },
      itemStyle: { color: INK },
      markLine: {
        symbol: 'none',
        data: [{ yAxis: target, name: names.target }],
        lineStyle: { color: BRAND, type: 'dashed' },
        label: { formatter: `${names.target} {c}`, position: 'insideEndTop' },
      },
    },
  ],
});

/** The 21 市(州) of the registered map `sichuan`, coloured by the chosen measure. */
export const mapOption = (values: readonly RegionValue[], seriesName: string): EChartsCoreOption => {
  const known = values.filter((region) => region.code !== 'unknown');
  return {
    textStyle,
    tooltip: {
      trigger: 'item',
      formatter: (p: { data?: { regionName: string; value: number } }) =>
        p.data ? `${p.data.regionName}: ${p.data.value}` : '',
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: Math.max(1, ...known.map((region) => region.value)),
      left: 8,
      bottom: 8,
      calculable: false,
      inRange: { color: ['#fbeaea', BRAND] },
      textStyle,
    },
    series: [
      {
        name: seriesName,
        type: 'map',
        map: 'sichuan',
        nameProperty: 'code',
        roam: false,
        label: { show: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffbf47' } },
        data: known.map((region) => ({ name: region.code, value: region.value, regionName: region.name })),
      },
    ],
  };
};
