/** An opaque timer handle: whatever the scheduler's `setTimeout` returns. */
export type TimerHandle = unknown;

/**
 * Time, injected so tests run on fake time (e.g. `@sinonjs/fake-timers`'
 * `createClock()`) and the transport never reads the global clock directly.
 */
export interface Scheduler {
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  now(): number;
}

/** Page and network events that make a reconnect worth trying right now. */
export type NetworkSignal = "online" | "offline" | "visible" | "hidden";

export interface NetworkSignals {
  isOnline(): boolean;
  subscribe(listener: (signal: NetworkSignal) => void): () => void;
}

/** Where the transport's diagnostics go. Every method is optional. */
export interface Logger {
  debug?(message: string, details?: unknown): void;
  info?(message: string, details?: unknown): void;
  warn?(message: string, details?: unknown): void;
  error?(message: string, details?: unknown): void;
}

// setTimeout's longest delay; longer ones fire at once in browsers and Node.
const MAX_TIMER_DELAY_MS = 2_147_483_647;

export const systemScheduler: Scheduler = {
  setTimeout: (callback, delayMs) =>
    globalThis.setTimeout(callback, Math.min(Math.max(0, delayMs), MAX_TIMER_DELAY_MS)),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** The browser's `online`/`offline` and `visibilitychange` events; inert outside a browser. */
export function browserNetworkSignals(): NetworkSignals {
  const target = globalThis as Partial<Window & typeof globalThis>;
  const doc = target.document;
  if (typeof target.addEventListener !== "function" || doc === undefined) {
    return { isOnline: () => true, subscribe: () => () => {} };
  }
  return {
    isOnline: () => target.navigator?.onLine !== false,
    subscribe(listener) {
      const online = () => listener("online");
      const offline = () => listener("offline");
      const visibility = () => listener(doc.visibilityState === "hidden" ? "hidden" : "visible");
      target.addEventListener?.("online", online);
      target.addEventListener?.("offline", offline);
      doc.addEventListener("visibilitychange", visibility);
      return () => {
        target.removeEventListener?.("online", online);
        target.removeEventListener?.("offline", offline);
        doc.removeEventListener("visibilitychange", visibility);
      };
    },
  };
}

export const silentLogger: Logger = {};

/** Warnings and errors to the console; debug and info dropped. The default logger. */
export const consoleLogger: Logger = {
  warn: (message, details) => console.warn(`[kore-chat] ${message}`, details ?? ""),
  error: (message, details) => console.error(`[kore-chat] ${message}`, details ?? ""),
};
