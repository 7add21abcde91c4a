import type FakeTimers from "@sinonjs/fake-timers";
import type { NetworkSignal, NetworkSignals } from "../environment.js";
import { silentLogger } from "../environment.js";
import { createKoreClient, type KoreClient, type KoreClientEvents } from "../kore-client.js";
import type { KoreClientOptions } from "../kore-client-options.js";
import { createFakePlatform, type FakePlatform } from "./fake-platform-fetch.js";
import { createFakeScheduler } from "./fake-scheduler.js";
import { FakeWebSocket } from "./fake-web-socket.js";

export const testBotInfo = { chatBot: "Test Bot", taskBotId: "st-test" } as const;

/** Lets pending promises (fake fetch, JSON parsing) run, without moving fake time. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 8; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

export interface FakeSignals extends NetworkSignals {
  online: boolean;
  fire(signal: NetworkSignal): void;
}

function createFakeSignals(): FakeSignals {
  const listeners = new Set<(signal: NetworkSignal) => void>();
  const signals: FakeSignals = {
    online: true,
    isOnline: () => signals.online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire(signal) {
      if (signal === "online") signals.online = true;
      if (signal === "offline") signals.online = false;
      for (const listener of listeners) listener(signal);
    },
  };
  return signals;
}

export interface ClientHarness {
  readonly client: KoreClient;
  readonly clock: FakeTimers.Clock;
  readonly platform: FakePlatform;
  readonly signals: FakeSignals;
  readonly jwtCalls: () => number;
  /** Everything the client emitted, in order. */
  readonly emitted: Array<
    {
      [K in keyof KoreClientEvents]: { event: K; payload: KoreClientEvents[K] };
    }[keyof KoreClientEvents]
  >;
  statuses(): string[];
  /** Connect and open the first socket. */
  connectAndOpen(): Promise<FakeWebSocket>;
  /** Advance fake time, letting promises settle between steps. */
  advance(ms: number): Promise<void>;
}

export function createClientHarness(
  overrides: Partial<Omit<KoreClientOptions, "getJWT" | "jwtUrl">> & {
    getJWT?: () => Promise<string>;
    tokenLifetimeMs?: number;
  } = {},
): ClientHarness {
  FakeWebSocket.reset();
  const { clock, scheduler } = createFakeScheduler(Date.parse("2026-01-01T00:00:00Z"));
  const platform = createFakePlatform({
    now: () => clock.now,
    ...(overrides.tokenLifetimeMs === undefined
      ? {}
      : { tokenLifetimeMs: overrides.tokenLifetimeMs }),
  });
  const signals = createFakeSignals();
  let jwtCalls = 0;
  const { getJWT, tokenLifetimeMs: _lifetime, ...rest } = overrides;
  const client = createKoreClient({
    apiHost: "https://platform.test",
    botInfo: testBotInfo,
    fetch: platform.fetch,
    WebSocket: FakeWebSocket,
    scheduler,
    random: () => 0.5,
    networkSignals: signals,
    logger: silentLogger,
    meta: { timezone: "Europe/Berlin", locale: "en-US" },
    ...rest,
    getJWT: async () => {
      jwtCalls += 1;
      return getJWT === undefined ? `jwt-${jwtCalls}` : getJWT();
    },
  });
  const emitted: ClientHarness["emitted"] = [];
  for (const event of [
    "status",
    "ack",
    "bot_response",
    "user_message",
    "events",
    "session",
    "send_failed",
    "error",
    "discarded",
  ] as const) {
    client.on(event, (payload) =>
      emitted.push({ event, payload } as ClientHarness["emitted"][number]),
    );
  }

  // Small steps keep timings exact to 10 ms; promises settle between steps.
  const advance = async (ms: number) => {
    await settle();
    const step = ms > 120_000 ? 1_000 : 10;
    const end = clock.now + ms;
    while (clock.now < end) {
      clock.tick(Math.min(step, end - clock.now));
      await settle();
    }
  };

  return {
    client,
    clock,
    platform,
    signals,
    jwtCalls: () => jwtCalls,
    emitted,
    statuses: () =>
      emitted.flatMap((entry) => (entry.event === "status" ? [entry.payload.status] : [])),
    async connectAndOpen() {
      client.connect();
      await settle();
      const socket = FakeWebSocket.latest();
      socket.open();
      return socket;
    },
    advance,
  };
}
