import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useState } from 'preact/hooks';
import { EChart, loadECharts } from './echart.tsx';

let registered: Promise<void> | null = null;

/** The 21 市(州) boundaries (public/geo, source noted beside them), fetched once, when a map is first shown. */
const registerSichuan = (): Promise<void> => {
  registered ??= Promise.all([
    loadECharts(),
    fetch('/geo/sichuan.json').then((response) => {
      if (!response.ok) throw new Error(`the map's boundaries answered ${response.status}`);
      return response.json();
    }),
  ]).then(([{ registerMap }, geoJson]) => registerMap('sichuan', geoJson));
  registered.catch(() => {
    registered = null;
  });
  return registered;
};

/** A map of Sichuan coloured by `option`'s data, or a note that it could not be drawn: the table has the numbers. */
export function SichuanMap({
  option,
  label,
  unavailable,
}: {
  option: EChartsCoreOption;
  label: string;
  unavailable: string;
}) {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    registerSichuan().then(
      () => setState('ready'),
      () => setState('failed'),
    );
  }, []);
  if (state === 'failed') return <p class="notice">{unavailable}</p>;
  if (state === 'loading') return <div class="chart chart-tall" aria-busy="true" />;
  return <EChart option={option} label={label} size="tall" />;
}
