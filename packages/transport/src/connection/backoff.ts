export interface BackoffPolicy {
  /** Delay before the first retry. */
  readonly initialDelayMs: number;
  /** No delay is longer than this. */
  readonly maxDelayMs: number;
  readonly multiplier: number;
  /** Share of each delay that is random (0 = none, 1 = full jitter), so clients don't retry in step. */
  readonly jitter: number;
}

export const defaultBackoffPolicy: BackoffPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 30_000,
  multiplier: 2,
  jitter: 0.5,
};

export interface Backoff {
  /** The delay before the next attempt; each call grows it until the cap. */
  next(): number;
  /** After a success: the next delay is the initial one again. */
  reset(): void;
  readonly attempts: number;
}

/**
 * Capped exponential backoff with jitter.
 *
 * @example
 * const backoff = createBackoff(defaultBackoffPolicy, Math.random);
 * setTimeout(reconnect, backoff.next()); // ~250–500 ms, then ~500–1000 ms, … up to 30 s
 */
export function createBackoff(policy: BackoffPolicy, random: () => number): Backoff {
  let attempts = 0;
  return {
    next() {
      const ceiling = Math.min(
        policy.maxDelayMs,
        policy.initialDelayMs * policy.multiplier ** attempts,
      );
      attempts += 1;
      const jitter = Math.min(1, Math.max(0, policy.jitter));
      return Math.round(ceiling * (1 - jitter) + ceiling * jitter * random());
    },
    reset() {
      attempts = 0;
    },
    get attempts() {
      return attempts;
    },
  };
}
