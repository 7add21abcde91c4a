import type { IncomingMessage, Server } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { FaultState } from "./faults.js";
import type { SocketUrlRegistry } from "./socket-urls.js";

/** One open RTM socket and whom it belongs to. */
export interface SocketConnection {
  readonly sid: string;
  readonly userId: string;
  readonly botId: string;
  readonly isReconnect: boolean;
  /** Opened with the secure handshake's subprotocols. */
  readonly secure: boolean;
  /** The query of the socket URL as opened (e.g. `ConnectionMode`). */
  readonly query: Readonly<Record<string, string>>;
  readonly socket: WebSocket;
}

/** One socket upgrade as the simulator saw it, refused ones included. */
export interface SocketOpenRecord {
  readonly userId: string;
  /** The subprotocols the client offered, in order. */
  readonly protocols: readonly string[];
  readonly secure: boolean;
  readonly accepted: boolean;
  readonly at: number;
}

/** What the socket server needs from the rest of the simulator. */
export interface SocketServerOptions {
  readonly server: Server;
  readonly socketUrls: SocketUrlRegistry;
  readonly faults: FaultState;
  /** Called with every text frame received while not silenced. */
  readonly onFrame: (connection: SocketConnection, text: string) => void;
  /** A socket opened (after the `hello`). */
  readonly onOpen?: (connection: SocketConnection) => void;
  /** The platform user a JWT is valid for, or undefined (the secure handshake's `jwt|…`). */
  readonly verifyJwt: (jwt: string) => Promise<string | undefined>;
  readonly now: () => number;
}

/** The secure handshake's first subprotocol, which the server selects. */
export const SECURE_RTM_PROTOCOL = "x-rtm-v|1";

function offeredProtocols(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value
    .split(",")
    .map((protocol) => protocol.trim())
    .filter((protocol) => protocol !== "");
}

const RTM_PATH = "/rtm/bot";

function refuseUpgrade(socket: Duplex, status: number, retryAfterSeconds?: number): void {
  const body = JSON.stringify({ errors: [{ msg: STATUS_CODES[status] ?? "Error", code: status }] });
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`,
    "Connection: close",
    "Content-Type: application/json",
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(retryAfterSeconds === undefined ? [] : [`Retry-After: ${retryAfterSeconds}`]),
  ];
  socket.once("finish", () => socket.destroy());
  socket.end(`${headers.join("\r\n")}\r\n\r\n${body}`);
}

/**
 * The RTM WebSocket endpoint (`/rtm/bot?sid=...`) on the simulator's HTTP server.
 * Upgrades with an unknown, used or expired sid are refused with a raw HTTP 401.
 *
 * @example
 * const sockets = new SocketServer({ server, socketUrls, faults, onFrame: handleFrame });
 * sockets.sendTo(userId, { type: "pong" });
 */
export class SocketServer {
  readonly #wss = new WebSocketServer({
    noServer: true,
    autoPong: false,
    handleProtocols: (protocols) =>
      protocols.has(SECURE_RTM_PROTOCOL) ? SECURE_RTM_PROTOCOL : false,
  });
  /** Every upgrade that presented a valid socket URL, oldest first. */
  readonly opens: SocketOpenRecord[] = [];
  readonly #connections = new Set<SocketConnection>();
  /** Sockets left half-open by `halfOpen`: open, but silent both ways for good. */
  readonly #halfOpen = new WeakSet<SocketConnection>();
  readonly #options: SocketServerOptions;
  readonly #onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    this.#upgrade(request, socket, head);
  };

  constructor(options: SocketServerOptions) {
    this.#options = options;
    options.server.on("upgrade", this.#onUpgrade);
  }

  /** Open connections, optionally of one user. */
  connections(userId?: string): SocketConnection[] {
    return [...this.#connections].filter(
      (connection) => userId === undefined || connection.userId === userId,
    );
  }

  /** Sends a frame (object → JSON, string → as is) unless sockets are silenced. */
  send(connection: SocketConnection, frame: unknown): boolean {
    if (this.#isSilent(connection)) return false;
    if (connection.socket.readyState !== connection.socket.OPEN) return false;
    connection.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame));
    return true;
  }

  /** Sends to every open socket of `userId` except `except`; returns how many got it. */
  sendTo(userId: string, frame: unknown, except?: SocketConnection): number {
    let sent = 0;
    for (const connection of this.connections(userId)) {
      if (connection !== except && this.send(connection, frame)) sent++;
    }
    return sent;
  }

  /** Terminates sockets without a close frame, as a dropped network does. */
  terminate(filter: { userId?: string } = {}): number {
    const victims = this.connections(filter.userId);
    for (const connection of victims) {
      this.#connections.delete(connection);
      connection.socket.terminate();
    }
    return victims.length;
  }

  /**
   * Leaves the open sockets (optionally of one user) half-open, as a dead network path does:
   * they stay open, but nothing is sent and incoming frames and pings are dropped, for good.
   * Sockets opened later are unaffected. Returns how many.
   */
  halfOpen(filter: { userId?: string } = {}): number {
    const victims = this.connections(filter.userId);
    for (const connection of victims) this.#halfOpen.add(connection);
    return victims.length;
  }

  close(): void {
    this.terminate();
    this.#options.server.off("upgrade", this.#onUpgrade);
    this.#wss.close();
  }

  #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A client that resets mid-handshake must not crash the process.
    socket.on("error", () => socket.destroy());
    const url = new URL(request.url ?? "/", "http://simulator.invalid");
    if (url.pathname !== RTM_PATH) {
      refuseUpgrade(socket, 404);
      return;
    }
    const sid = url.searchParams.get("sid") ?? "";
    // Refused before the URL is claimed: the client may still open it once the fault clears.
    const owner = this.#options.socketUrls.ownerOf(sid);
    const failure = this.#options.faults.takeFailure("socket", owner?.userId);
    if (failure !== null) {
      refuseUpgrade(socket, failure.status, failure.retryAfterSeconds);
      return;
    }
    const isReconnect = url.searchParams.get("isReconnect") === "true";
    const claim = this.#options.socketUrls.claim(sid, isReconnect);
    if (!claim.ok) {
      refuseUpgrade(socket, 401);
      return;
    }
    const protocols = offeredProtocols(request.headers["sec-websocket-protocol"]);
    void this.#checkHandshake(protocols, claim.record.nonce, claim.owner.userId).then((secure) => {
      const required =
        claim.record.nonce !== undefined ||
        this.#options.faults.secureRtmRequiredFor(claim.owner.userId);
      const accepted = secure || !required;
      this.opens.push({
        userId: claim.owner.userId,
        protocols,
        secure,
        accepted,
        at: this.#options.now(),
      });
      if (!accepted) {
        refuseUpgrade(socket, 401);
        return;
      }
      if (socket.destroyed) return;
      this.#wss.handleUpgrade(request, socket, head, (ws) => {
        const connection: SocketConnection = {
          sid: claim.record.sid,
          userId: claim.owner.userId,
          botId: claim.owner.botId,
          isReconnect,
          secure,
          query: Object.fromEntries(url.searchParams),
          socket: ws,
        };
        this.#accept(connection);
      });
    });
  }

  /**
   * PROTOCOL.md §7: exactly `x-rtm-v|1`, `jwt|<a JWT valid for this URL's user>` and
   * `nonce|<the nonce rtm/start answered for this URL>`.
   */
  async #checkHandshake(
    protocols: readonly string[],
    nonce: string | undefined,
    userId: string,
  ): Promise<boolean> {
    if (protocols.length !== 3 || protocols[0] !== SECURE_RTM_PROTOCOL) return false;
    const jwt = protocols[1]?.startsWith("jwt|") ? protocols[1].slice(4) : undefined;
    const offeredNonce = protocols[2]?.startsWith("nonce|") ? protocols[2].slice(6) : undefined;
    if (jwt === undefined || offeredNonce === undefined) return false;
    if (nonce === undefined || offeredNonce !== nonce) return false;
    try {
      return (await this.#options.verifyJwt(jwt)) === userId;
    } catch {
      return false;
    }
  }

  #accept(connection: SocketConnection): void {
    const { socket } = connection;
    this.#connections.add(connection);
    socket.on("message", (data, isBinary) => {
      if (this.#isSilent(connection) || isBinary) return;
      const bytes = Array.isArray(data)
        ? Buffer.concat(data)
        : Buffer.isBuffer(data)
          ? data
          : Buffer.from(new Uint8Array(data));
      const text = bytes.toString("utf8");
      try {
        this.#options.onFrame(connection, text);
      } catch {
        // A handler bug must not take the server down; the frame is dropped like junk input.
      }
    });
    // Protocol-level pings are answered by hand so a silenced socket looks dead to them too.
    socket.on("ping", (data) => {
      if (!this.#isSilent(connection)) socket.pong(data);
    });
    socket.on("close", () => this.#connections.delete(connection));
    socket.on("error", () => this.#connections.delete(connection));
    this.send(connection, { type: "hello" });
    this.#options.onOpen?.(connection);
  }

  #isSilent(connection: SocketConnection): boolean {
    return this.#options.faults.isSilent(connection.userId) || this.#halfOpen.has(connection);
  }
}
