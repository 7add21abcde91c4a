import type { SimulatorHandle } from "@kore-chat/simulator";
import { WebSocket } from "ws";
import { silentLogger } from "../environment.js";
import { createKoreClient, type KoreClient } from "../kore-client.js";
import type { KoreClientOptions } from "../kore-client-options.js";

/**
 * A real client of the simulator for integration tests (Node's `ws`, quick backoff, no log,
 * no outbox storage), signed in as `identity`; `overrides` go over those defaults. Not
 * connected: a test adds its listeners first, then calls `connect()`.
 *
 * @example
 * const client = simulatorClient(sim, "ana@example.com", { ackTimeoutMs: 1_500 });
 * client.on("ack", record);
 * client.connect();
 */
export function simulatorClient(
  simulator: SimulatorHandle,
  identity: string,
  overrides: Partial<KoreClientOptions> = {},
): KoreClient {
  return createKoreClient({
    apiHost: simulator.url,
    botInfo: simulator.bot,
    getJWT: () => simulator.signUserJwt(identity),
    WebSocket: WebSocket as unknown as NonNullable<KoreClientOptions["WebSocket"]>,
    logger: silentLogger,
    backoff: { initialDelayMs: 50, maxDelayMs: 200 },
    outboxStorage: null,
    ...overrides,
  } as KoreClientOptions);
}
