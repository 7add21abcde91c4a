import type { APIRequestContext } from "@playwright/test";
import { simulatorUrl } from "../environment.js";

/** Endpoints the simulator's `fail-next` fault can break. */
export type FaultEndpoint = "jwtgrant" | "rtm/start" | "history" | "socket";

/** One user message the simulator accepted (its `GET /__simulator/received` rows). */
export interface ReceivedMessage {
  readonly userId: string;
  readonly clientMessageId: number | string;
  readonly body: string;
  readonly renderMsg?: string;
  readonly receivedAt: number;
  readonly socketSid: string;
}

/**
 * The simulator's test controls over HTTP (`/__simulator/…`), as the e2e tests use them.
 *
 * @example
 * const simulator = new SimulatorControl(request);
 * await simulator.failNext("rtm/start", { status: 503, times: 100, retryAfterSeconds: 1 });
 * await simulator.dropSockets("alice@example.com");
 */
export class SimulatorControl {
  readonly #request: APIRequestContext;

  constructor(request: APIRequestContext) {
    this.#request = request;
  }

  /** Abruptly terminates the user's sockets (no close frame); returns how many. */
  async dropSockets(identity: string): Promise<number> {
    const { dropped } = await this.#fault<{ dropped: number }>("drop-sockets", { identity });
    return dropped;
  }

  /** The next `times` calls of `endpoint` (any user) answer `status`. */
  async failNext(
    endpoint: FaultEndpoint,
    failure: { status: number; times?: number; retryAfterSeconds?: number },
  ): Promise<void> {
    await this.#fault("fail-next", { endpoint, ...failure });
  }

  /** Delays every ack (any user) by `ms`. */
  async setAckDelay(ms: number): Promise<void> {
    await this.#fault("ack-delay", { ms });
  }

  /** Sends the simulator's batch of malformed frames to the user's sockets; returns how many. */
  async sendMalformedFrames(identity: string): Promise<number> {
    const { sent } = await this.#fault<{ sent: number }>("malformed-frames", { identity });
    return sent;
  }

  /** Clears every fault. The fault switches are global to the server. */
  async reset(): Promise<void> {
    await this.#fault("reset", {});
  }

  /** Every user message the simulator accepted, once per distinct message. */
  async received(): Promise<ReceivedMessage[]> {
    return this.#get<ReceivedMessage[]>("/__simulator/received");
  }

  /** A bot turn from the server to the user's sockets, stored in their history either way. */
  async push(identity: string, text: string): Promise<void> {
    const response = await this.#request.post(`${simulatorUrl}/__simulator/push`, {
      data: { identity, parts: text },
    });
    if (!response.ok()) throw new Error(`simulator push answered ${response.status()}`);
  }

  /** How many sockets of the user are open. */
  async openSockets(identity: string): Promise<number> {
    const query = new URLSearchParams({ identity });
    const { open } = await this.#get<{ open: number }>(`/__simulator/sockets?${query}`);
    return open;
  }

  async #fault<T = unknown>(name: string, body: Record<string, unknown>): Promise<T> {
    const response = await this.#request.post(`${simulatorUrl}/__simulator/faults/${name}`, {
      data: body,
    });
    if (!response.ok()) {
      throw new Error(
        `simulator fault ${name} answered ${response.status()}: ${await response.text()}`,
      );
    }
    return (await response.json()) as T;
  }

  async #get<T>(path: string): Promise<T> {
    const response = await this.#request.get(`${simulatorUrl}${path}`);
    if (!response.ok()) {
      throw new Error(`simulator ${path} answered ${response.status()}: ${await response.text()}`);
    }
    return (await response.json()) as T;
  }
}
