import type { Scheduler, TimerHandle } from "../environment.js";

export interface KeepAlive {
  /** The socket opened: start pinging. */
  start(): void;
  stop(): void;
  /** Any frame arrived: the socket is alive. */
  noteActivity(): void;
  /** Ping now and declare the socket dead unless something arrives within `timeoutMs`. */
  probe(timeoutMs: number): void;
}

export interface KeepAliveOptions {
  readonly scheduler: Scheduler;
  readonly intervalMs: number;
  readonly sendPing: () => void;
  /** Called once when the socket has been silent for two intervals (or failed a probe). */
  readonly onDead: (reason: string) => void;
}

/**
 * Pings every `intervalMs` while open and treats a socket silent for two
 * intervals as dead. It works from the clock, not from counting timer ticks,
 * so a laptop waking from sleep (timers late, socket half-open) is caught by
 * the first timer that fires.
 *
 * @example
 * const keepAlive = createKeepAlive({ scheduler, intervalMs: 30_000, sendPing, onDead: reconnect });
 * socket.onopen = () => keepAlive.start();
 * socket.onmessage = () => keepAlive.noteActivity();
 */
export function createKeepAlive(options: KeepAliveOptions): KeepAlive {
  const { scheduler, intervalMs } = options;
  const silenceLimitMs = 2 * intervalMs;
  let running = false;
  let timer: TimerHandle | undefined;
  let lastActivityAt = 0;
  let lastPingAt = 0;
  let probeDeadline: number | undefined;

  function clear() {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  }

  function schedule() {
    clear();
    const now = scheduler.now();
    let due = Math.min(lastPingAt + intervalMs, lastActivityAt + silenceLimitMs);
    if (probeDeadline !== undefined) due = Math.min(due, probeDeadline);
    timer = scheduler.setTimeout(tick, Math.max(0, due - now));
  }

  function tick() {
    timer = undefined;
    if (!running) return;
    const now = scheduler.now();
    if (now - lastActivityAt >= silenceLimitMs) {
      return die(`no frame for ${Math.round((now - lastActivityAt) / 1000)} s`);
    }
    if (probeDeadline !== undefined && now >= probeDeadline) {
      return die("no answer to a liveness probe");
    }
    if (now - lastPingAt >= intervalMs) {
      lastPingAt = now;
      options.sendPing();
    }
    schedule();
  }

  function die(reason: string) {
    running = false;
    probeDeadline = undefined;
    clear();
    options.onDead(reason);
  }

  return {
    start() {
      running = true;
      lastActivityAt = scheduler.now();
      lastPingAt = lastActivityAt;
      probeDeadline = undefined;
      schedule();
    },
    stop() {
      running = false;
      probeDeadline = undefined;
      clear();
    },
    noteActivity() {
      lastActivityAt = scheduler.now();
      probeDeadline = undefined;
    },
    probe(timeoutMs) {
      if (!running) return;
      const now = scheduler.now();
      probeDeadline = now + timeoutMs;
      lastPingAt = now;
      options.sendPing();
      schedule();
    },
  };
}
