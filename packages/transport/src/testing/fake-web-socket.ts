import type { WebSocketLike } from "../kore-client-options.js";

/**
 * A WebSocket double for unit tests: records what the client writes and lets
 * the test open, answer, and drop the connection by hand.
 */
export class FakeWebSocket implements WebSocketLike {
  static readonly instances: FakeWebSocket[] = [];

  readonly url: string;
  /** The subprotocols the client offered (`undefined`: none). */
  readonly protocols: readonly string[] | undefined;
  readyState = 0;
  readonly sent: unknown[] = [];
  closedByClient: { code?: number | undefined } | undefined;
  /** Answer every ping with a pong, as a live server does. */
  autoPong = false;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: { code: number; reason?: string }) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(url: string, protocols?: string[]) {
    this.url = url;
    this.protocols = protocols;
    FakeWebSocket.instances.push(this);
  }

  static reset(): void {
    FakeWebSocket.instances.length = 0;
  }

  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1);
    if (socket === undefined) throw new Error("no socket was opened");
    return socket;
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error("send on a socket that is not open");
    const frame: unknown = JSON.parse(data);
    this.sent.push(frame);
    if (this.autoPong && (frame as { type?: unknown }).type === "ping") {
      queueMicrotask(() => this.receive({ type: "pong" }));
    }
  }

  close(code?: number): void {
    this.closedByClient = { code };
    this.readyState = 3;
  }

  // ---- driven by the test ----

  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }

  receive(frame: unknown): void {
    this.onmessage?.({ data: typeof frame === "string" ? frame : JSON.stringify(frame) });
  }

  /** The server (or the network) dropped the connection. */
  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code });
  }

  /** User messages written so far (pings, agent events and other resources left out). */
  userMessages(): Array<{ clientMessageId: number; message: { body: string } }> {
    return this.sent.filter(
      (frame): frame is { clientMessageId: number; message: { body: string } } =>
        typeof frame === "object" &&
        frame !== null &&
        "clientMessageId" in frame &&
        (frame as { resourceid?: unknown }).resourceid === "/bot.message" &&
        !("event" in frame),
    );
  }

  /** Agent events (`/bot.message` frames with an `event`) written so far. */
  agentEvents(): Array<Record<string, unknown> & { event: string }> {
    return this.sent.filter(
      (frame): frame is Record<string, unknown> & { event: string } =>
        typeof frame === "object" && frame !== null && "event" in frame,
    );
  }

  pings(): unknown[] {
    return this.sent.filter(
      (frame) =>
        typeof frame === "object" &&
        frame !== null &&
        (frame as { type?: unknown }).type === "ping",
    );
  }
}
