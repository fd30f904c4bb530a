import { type Column, DataTable } from '../../ui/data-table.tsx';
import type { RegionValue, YearPoint } from './indicator-figures.ts';

export type Format = (n: number) => string;

export interface TargetRow {
  readonly measure: string;
  readonly name: string;
  readonly value: number;
  readonly target: number;
  readonly percent: number;
}

/** Each measure, its count, its 2025 target and the share reached: the targets chart in numbers. */
export function TargetsTable(props: {
  rows: readonly TargetRow[];
  caption: string;
  heads: readonly [string, string, string, string];
  format: Format;
}) {
  const [measure, value, target, percent] = props.heads;
  const columns: readonly Column<TargetRow>[] = [
    { key: 'measure', header: measure, cell: (row) => row.name, rowHeader: true },
    { key: 'value', header: value, cell: (row) => props.format(row.value), align: 'end' },
    { key: 'target', header: target, cell: (row) => props.format(row.target), align: 'end' },
    { key: 'percent', header: percent, cell: (row) => `${row.percent}%`, align: 'end' },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.rows}
      rowKey={(row) => row.measure}
      caption={props.caption}
      rowAttributes={(row) => ({ 'data-measure': row.measure })}
    />
  );
}

/** The year chart in numbers. */
export function YearTable(props: {
  points: readonly YearPoint[];
  caption: string;
  heads: readonly [string, string, string];
  format: Format;
}) {
  const [year, value, cumulative] = props.heads;
  const columns: readonly Column<YearPoint>[] = [
    { key: 'year', header: year, cell: (point) => point.year, rowHeader: true },
    { key: 'value', header: value, cell: (point) => props.format(point.value), align: 'end' },
    { key: 'cumulative', header: cumulative, cell: (point) => props.format(point.cumulative), align: 'end' },
  ];
  return <DataTable columns={columns} rows={props.points} rowKey={(point) => point.year} caption={props.caption} />;
}

/** The map in numbers: every 市(州), then those not known, then the total. */
export function RegionTable(props: {
  values: readonly RegionValue[];
  caption: string;
  heads: readonly [string, string];
  unknownName: string;
  totalName: string;
  format: Format;
}) {
  const total = props.values.reduce((sum, region) => sum + region.value, 0);
  const columns: readonly Column<RegionValue>[] = [
    {
      key: 'region',
      header: props.heads[0],
      cell: (region) => (region.code === 'unknown' ? props.unknownName : region.name),
      rowHeader: true,
    },
    { key: 'value', header: props.heads[1], cell: (region) => props.format(region.value), align: 'end' },
  ];
  return (
    <DataTable
      columns={columns}
      rows={props.values}
      rowKey={(region) => region.code}
      caption={props.caption}
      captionVisible
      class="region-table"
      rowAttributes={(region) => ({ 'data-region': region.code })}
      footer={{ region: props.totalName, value: props.format(total) }}
    />
  );
}
