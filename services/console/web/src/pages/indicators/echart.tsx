import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'preact/hooks';

/** echarts loads with the first chart drawn, never with the console's other pages. */
export const loadECharts = () => import('./echarts-setup.ts');

/**
 * One chart, drawn on a canvas inside an element that screen readers read as an image named by
 * `label`; the same numbers are always in a table beside it.
 */
export function EChart({
  option,
  label,
  size = 'wide',
}: {
  option: EChartsCoreOption;
  label: string;
  size?: 'wide' | 'tall';
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  // echarts arrives after the first render; by then the language or a choice may have changed.
  const latest = useRef(withLabel(option, label));
  latest.current = withLabel(option, label);
  useEffect(() => {
    let gone = false;
    const resize = () => chart.current?.resize();
    loadECharts().then(({ init }) => {
      if (gone || element.current === null) return;
      chart.current = init(element.current, undefined, { renderer: 'canvas' });
      chart.current.setOption(latest.current);
    });
    window.addEventListener('resize', resize);
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(latest.current, true);
  }, [option, label]);
  return <div ref={element} class={`chart chart-${size}`} role="img" aria-label={label} />;
}

// echarts' aria component writes the container's aria-label itself: give it ours.
const withLabel = (option: EChartsCoreOption, label: string): EChartsCoreOption => ({
  ...option,
  aria: { enabled: true, label: { description: label } },
});
