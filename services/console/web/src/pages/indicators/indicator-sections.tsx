import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { mapOption, targetsOption, yearOption } from './chart-options.ts';
import { EChart } from './echart.tsx';
import {
  type Indicators,
  type Measure,
  percentOfTarget,
  regionValues,
  type YearChoice,
  yearSeries,
} from './indicator-figures.ts';
import { RegionTable, TargetsTable, YearTable } from './indicator-tables.tsx';
import { indicatorsMessages, measureNames } from './indicators-messages.ts';
import { SichuanMap } from './sichuan-map.tsx';

interface Props {
  readonly answer: Indicators;
  readonly year: YearChoice;
  readonly measure: Measure;
}

/** The targets, the chosen measure year by year, and its map and table by 市(州), each chart with its numbers beside it. */
export function IndicatorSections({ answer, year, measure }: Props) {
  const t = useMessages(indicatorsMessages);
  const names = useMessages(measureNames);
  const { lang } = useLang();
  const format = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  const period = `${answer.plan.period.from.slice(0, 4)}–${answer.plan.period.to.slice(0, 4)}`;
  const rows = answer.targets.map((row) => ({
    ...row,
    name: names[row.measure],
    percent: percentOfTarget(row.value, row.target),
  }));
  const target = answer.targets.find((row) => row.measure === measure)?.target ?? 0;
  const points = yearSeries(answer, measure);
  const regions = regionValues(answer, measure, year);
  const yearName = year === 'all' ? t.allYears(period.slice(0, 4), period.slice(-4)) : year;
  const options = {
    targets: targetsOption(
      rows.map((row) => ({
        name: row.name,
        percent: row.percent,
        label: t.valueOfTarget(format(row.value), format(row.target), String(row.percent)),
      })),
    ),
    years: yearOption(points, target, { yearly: t.yearly, cumulative: t.cumulative, target: t.target }),
    map: mapOption(regions, names[measure]),
  };
  return (
    <>
      <h2>{t.againstTargets}</h2>
      <EChart option={options.targets} label={t.targetsChart(period)} />
      <TargetsTable
        rows={rows}
        caption={t.targetsChart(period)}
        heads={[t.measure, t.count, t.target, '%']}
        format={format}
      />
      <h2>{t.byYear}</h2>
      <EChart option={options.years} label={t.byYearChart(names[measure], format(target))} />
      <YearTable
        points={points}
        caption={t.byYearChart(names[measure], format(target))}
        heads={[t.year, t.yearly, t.cumulative]}
        format={format}
      />
      <h2>{t.byRegion}</h2>
      <SichuanMap option={options.map} label={t.mapChart(names[measure], yearName)} unavailable={t.mapUnavailable} />
      <RegionTable
        values={regions}
        caption={t.tableCaption(names[measure], yearName)}
        heads={[t.region, t.count]}
        unknownName={t.unknownRegion}
        totalName={t.total}
        format={format}
      />
      <h2>{t.notCounted}</h2>
      <p>{t.notCountedWhy}</p>
      <ul>
        {answer.notCounted.map((row) => (
          <li key={row.indicator}>
            {row.name}: {format(row.target)}
          </li>
        ))}
      </ul>
      <p class="source-note">{t.source(answer.plan.title, answer.plan.issuer, answer.plan.publishedOn)}</p>
    </>
  );
}
