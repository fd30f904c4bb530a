/** One worker by equality (an indexed read on FerretDB); a sheet's workers by `$in`, which scans there. */
export const byWorkers = (workerIds: readonly string[]) =>
  workerIds.length === 1 ? { workerId: workerIds[0] } : { workerId: { $in: [...workerIds] } };
