import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';

/** The machine a report's figures were measured on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** Other work running at the start skews every figure, baseline included. */
  readonly loadAverageAtStart: number;
}

export const thisMachine = (): Machine => ({
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${type()} ${release()}`,
  loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
});
