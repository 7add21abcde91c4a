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
  readonly socket: WebSocket;
}

/** What the socket server needs from the rest of the simulator. */
export interface SocketServerOptions {
  readonly server: Server;
  readonly socketUrls: SocketUrlRegistry;
  readonly faults: FaultState;
  /** Called with every text frame received while not silenced. */
  readonly onFrame: (connection: SocketConnection, text: string) => void;
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
  readonly #wss = new WebSocketServer({ noServer: true, autoPong: false });
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
    const failure = this.#options.faults.takeFailure("socket");
    if (failure !== null) {
      refuseUpgrade(socket, failure.status, failure.retryAfterSeconds);
      return;
    }
    const isReconnect = url.searchParams.get("isReconnect") === "true";
    const claim = this.#options.socketUrls.claim(url.searchParams.get("sid") ?? "", isReconnect);
    if (!claim.ok) {
      refuseUpgrade(socket, 401);
      return;
    }
    this.#wss.handleUpgrade(request, socket, head, (ws) => {
      const connection: SocketConnection = {
        sid: claim.record.sid,
        userId: claim.owner.userId,
        botId: claim.owner.botId,
        isReconnect,
        socket: ws,
      };
      this.#accept(connection);
    });
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
  }

  #isSilent(connection: SocketConnection): boolean {
    return this.#options.faults.silent || this.#halfOpen.has(connection);
  }
}
