/** Median, min and max of repeated measurements, and the samples themselves. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly samples: readonly number[];
}

/**
 * Summarises samples; the median of an even count is the mean of the middle two.
 *
 * @example
 * summarize([3, 1, 2]).median; // 2
 */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError("no samples to summarize");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return {
    median,
    min: sorted[0] ?? 0,
    max: sorted.at(-1) ?? 0,
    runs: samples.length,
    samples,
  };
}

/** One number measured once (a byte count): median = min = max. */
export function single(value: number): Summary {
  return summarize([value]);
}

/** Times `run` once per sample after `warmup` untimed calls; milliseconds per call. */
export function sampleSync(run: () => void, samples: number, warmup = 20): Summary {
  for (let index = 0; index < warmup; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return summarize(times);
}
