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
  readonly attachments?: ReadonlyArray<{ fileId?: string; fileName?: string; fileType?: string }>;
}

/** One committed upload (`GET /__simulator/uploads`). */
export interface UploadRecord {
  readonly userId: string;
  readonly fileId: string;
  readonly fileName: string;
  readonly size: number;
  readonly chunks: number;
}

/** One attachment HTTP request (`GET /__simulator/upload-requests`). */
export interface UploadRequestRecord {
  readonly userId: string;
  readonly kind: "token" | "file" | "chunk" | "commit" | "url";
  readonly chunkNo?: number;
  readonly status: number;
}

/** One socket URL `rtm/start` issued (its `GET /__simulator/socket-urls` rows). */
export interface SocketUrlRecord {
  readonly sid: string;
  readonly url: string;
  readonly userId: string;
  readonly issuedAt: number;
  /** A socket opened with it. */
  readonly used: boolean;
  readonly isReconnect: boolean;
  /** How many socket upgrades presented it (more than 1: a client reused a URL). */
  readonly claims: number;
}

/** One agent event the widget sent (`GET /__simulator/received-events`). */
export interface ReceivedEvent {
  readonly userId: string;
  readonly event: string;
  readonly messageId?: string;
  readonly agentMessageId?: string;
  readonly clientMessageId?: number | string;
  readonly at: number;
}

/** One socket upgrade (`GET /__simulator/socket-opens`). */
export interface SocketOpen {
  readonly userId: string;
  readonly protocols: readonly string[];
  readonly secure: boolean;
  readonly accepted: boolean;
  readonly at: number;
}

/**
 * The simulator's test controls over HTTP (`/__simulator/…`), as the e2e tests use them. Every
 * fault and record is the given user's alone (the test's `identity`): tests run side by side
 * against one simulator, so none may arm, read or clear another's.
 *
 * @example
 * const simulator = new SimulatorControl(request);
 * await simulator.failNext(identity, "rtm/start", { status: 503, times: 100, retryAfterSeconds: 1 });
 * await simulator.dropSockets(identity);
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

  /** The user's next `times` calls of `endpoint` answer `status`. */
  async failNext(
    identity: string,
    endpoint: FaultEndpoint,
    failure: { status: number; times?: number; retryAfterSeconds?: number },
  ): Promise<void> {
    await this.#fault("fail-next", { identity, endpoint, ...failure });
  }

  /** Delays each of the user's acks (and the bot's replies after them) by `ms`. */
  async setAckDelay(identity: string, ms: number): Promise<void> {
    await this.#fault("ack-delay", { identity, ms });
  }

  /** The user's next `count` new messages are processed but never acked. */
  async dropAcks(identity: string, count: number): Promise<void> {
    await this.#fault("drop-acks", { identity, count });
  }

  /** Every access token the user was issued so far becomes invalid: the platform answers 401. */
  async expireTokens(identity: string): Promise<void> {
    await this.#fault("expire-tokens", { identity });
  }

  /**
   * Leaves the user's open sockets half-open for good: open, but silent both ways (pings
   * unanswered, frames dropped). Sockets opened later are healthy. Returns how many.
   */
  async halfOpenSockets(identity: string): Promise<number> {
    const { halfOpen } = await this.#fault<{ halfOpen: number }>("half-open-sockets", { identity });
    return halfOpen;
  }

  /** The user's next `count` socket URLs have expired by the time they are opened. */
  async expireSocketUrls(identity: string, count: number): Promise<void> {
    await this.#fault("expire-socket-urls", { identity, count });
  }

  /** Sends the simulator's batch of malformed frames to the user's sockets; returns how many. */
  async sendMalformedFrames(identity: string): Promise<number> {
    const { sent } = await this.#fault<{ sent: number }>("malformed-frames", { identity });
    return sent;
  }

  /** The user's committed uploads. */
  async uploads(identity: string): Promise<UploadRecord[]> {
    return this.#get<UploadRecord[]>(`/__simulator/uploads?${new URLSearchParams({ identity })}`);
  }

  /** Every attachment request of the user (token, file, chunk, commit, url). */
  async uploadRequests(identity: string): Promise<UploadRequestRecord[]> {
    const query = new URLSearchParams({ identity });
    return this.#get<UploadRequestRecord[]>(`/__simulator/upload-requests?${query}`);
  }

  /** Each of the user's file and chunk uploads waits `ms` before it is answered. */
  async setUploadDelay(ms: number, identity: string): Promise<void> {
    await this.#fault("upload-delay", { ms, identity });
  }

  /** The user's next chunk `chunkNo` answers 500 once. */
  async failChunkOnce(chunkNo: number, identity: string): Promise<void> {
    await this.#fault("fail-chunk-once", { chunkNo, identity });
  }

  /** The user's next file upload or commit answers `status` (413 by default). */
  async rejectNextUpload(identity: string, status = 413): Promise<void> {
    await this.#fault("reject-next-upload", { status, identity });
  }

  /** Clears the user's faults and branding answer (other users' stay as they are). */
  async reset(identity: string): Promise<void> {
    await this.#fault("reset", { identity });
  }

  /** Every message of the user the simulator accepted, once per distinct message. */
  async received(identity: string): Promise<ReceivedMessage[]> {
    const query = new URLSearchParams({ identity });
    return this.#get<ReceivedMessage[]>(`/__simulator/received?${query}`);
  }

  /** Every socket URL `rtm/start` issued to the user, oldest first. */
  async socketUrls(identity: string): Promise<SocketUrlRecord[]> {
    const query = new URLSearchParams({ identity });
    return this.#get<SocketUrlRecord[]>(`/__simulator/socket-urls?${query}`);
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

  /** The agent events (`typing`, `message_read`, …) the user's widget sent, oldest first. */
  async receivedEvents(identity: string): Promise<ReceivedEvent[]> {
    const query = new URLSearchParams({ identity });
    return this.#get<ReceivedEvent[]>(`/__simulator/received-events?${query}`);
  }

  /** The conversations the user ended (`/bot.closeConversationSession`). */
  async closedSessions(identity: string): Promise<Array<{ sessionId: string; at: number }>> {
    const query = new URLSearchParams({ identity });
    return this.#get(`/__simulator/closed-sessions?${query}`);
  }

  /** Every socket the user's widget opened (or tried to), with its subprotocols. */
  async socketOpens(identity: string): Promise<SocketOpen[]> {
    const query = new URLSearchParams({ identity });
    return this.#get<SocketOpen[]>(`/__simulator/socket-opens?${query}`);
  }

  /** The user's next streamed answer stops half way: their sockets drop there. */
  async cutNextStream(identity: string): Promise<void> {
    await this.#fault("cut-next-stream", { identity });
  }

  /** Acts as the live agent: `connect`, `say` (`text`), `typing` (`on`), `read`/`deliver` (`clientMessageId`), `leave`. */
  async agent(
    command: "connect" | "say" | "typing" | "read" | "deliver" | "leave",
    identity: string,
    extra: { text?: string; on?: boolean; clientMessageId?: number | "all" } = {},
  ): Promise<void> {
    const response = await this.#request.post(`${simulatorUrl}/__simulator/agent/${command}`, {
      data: { identity, ...extra },
    });
    if (!response.ok()) throw new Error(`simulator agent ${command} answered ${response.status()}`);
  }

  /**
   * What the platform's branding endpoint (PROTOCOL.md §11) answers the user: a theme
   * (`{ activeTheme: true }` is the simulator's demo theme; `v3` replaces it), a 200 that is not
   * JSON (`{ malformed: true }`) or an error `{ status }`. The user's faults reset clears it.
   */
  async setBranding(
    identity: string,
    answer:
      | { activeTheme?: boolean; v3?: Record<string, unknown> }
      | { malformed: true }
      | { status: number },
  ): Promise<void> {
    await this.#post("/__simulator/branding", { identity, ...answer });
  }

  /** The user's branding requests and what each answered. */
  async brandingRequests(identity: string): Promise<Array<{ status: number; at: number }>> {
    return this.#get(`/__simulator/branding-requests?${new URLSearchParams({ identity })}`);
  }

  /** Empties the user's history, as if they had never written: the next page load starts afresh. */
  async clearHistory(identity: string): Promise<void> {
    await this.#post("/__simulator/history/clear", { identity });
  }

  async #post(path: string, body: Record<string, unknown>): Promise<void> {
    const response = await this.#request.post(`${simulatorUrl}${path}`, { data: body });
    if (!response.ok()) {
      throw new Error(`simulator ${path} answered ${response.status()}: ${await response.text()}`);
    }
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
