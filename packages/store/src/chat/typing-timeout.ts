import type { Scheduler, TimerHandle } from "@kore-chat/transport";

export interface TypingTimeout {
  /** (Re)starts the countdown. */
  restart(): void;
  stop(): void;
}

/**
 * The bot's typing indicator must not spin forever when no reply comes: `onExpire` runs
 * `timeoutMs` after the last `restart()` unless `stop()` came first.
 *
 * @example
 * const typing = createTypingTimeout(scheduler, 10_000, () => dispatch({ type: "typing_expired" }));
 */
export function createTypingTimeout(
  scheduler: Scheduler,
  timeoutMs: number,
  onExpire: () => void,
): TypingTimeout {
  let timer: TimerHandle | undefined;
  const stop = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };
  return {
    restart() {
      stop();
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        onExpire();
      }, timeoutMs);
    },
    stop,
  };
}
