import { WebSocket } from "ws";
import type { SimulatorHandle } from "../simulator.js";

/** A frame as the test sees it: parsed JSON, or the raw text when it is not JSON. */
export type Frame = Record<string, unknown>;

type Waiter = {
  predicate: (frame: unknown) => boolean;
  resolve: (frame: unknown) => void;
};

/**
 * A `ws` client that records every frame and lets a test wait for one.
 *
 * @example
 * const socket = await TestSocket.open(url);
 * await socket.waitFor((frame) => isType(frame, "hello"));
 */
export class TestSocket {
  /** Every frame received, parsed when it is JSON, else the raw string. */
  readonly frames: unknown[] = [];
  readonly closed: Promise<number>;
  readonly #waiters = new Set<Waiter>();

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const text = data.toString();
      let frame: unknown = text;
      try {
        frame = JSON.parse(text);
      } catch {
        // Kept as the raw string.
      }
      this.frames.push(frame);
      for (const waiter of this.#waiters) {
        if (waiter.predicate(frame)) {
          this.#waiters.delete(waiter);
          waiter.resolve(frame);
        }
      }
    });
    this.closed = new Promise((resolve) => ws.on("close", (code) => resolve(code)));
  }

  /** Opens a socket; rejects with `HTTP <status>` when the upgrade is refused. */
  static open(url: string): Promise<TestSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const socket = new TestSocket(ws);
      ws.once("open", () => resolve(socket));
      ws.once("unexpected-response", (_request, response) => {
        const retryAfter = response.headers["retry-after"];
        reject(
          new Error(
            `HTTP ${response.statusCode}${retryAfter === undefined ? "" : ` retry-after=${retryAfter}`}`,
          ),
        );
        ws.terminate();
      });
      ws.once("error", reject);
    });
  }

  /** Resolves with the first frame (already received or future) matching `predicate`. */
  waitFor(predicate: (frame: unknown) => boolean, timeoutMs = 2_000): Promise<Frame> {
    const found = this.frames.find(predicate);
    if (found !== undefined) return Promise.resolve(found as Frame);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { predicate, resolve: (frame) => resolve(frame as Frame) };
      this.#waiters.add(waiter);
      setTimeout(() => {
        if (this.#waiters.delete(waiter))
          reject(new Error(`No matching frame within ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  ofType(type: string): Frame[] {
    return this.frames.filter((frame) => isType(frame, type)) as Frame[];
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  close(): void {
    this.ws.close();
  }
}

/** True when `frame` is an object with this `type`. */
/** The frames without the session bookkeeping every new socket gets (`Session_Start` / `Bot_Active`). */
export function withoutSessionFrames(frames: readonly unknown[]): unknown[] {
  return frames.filter((frame) => !isType(frame, "Session_Start") && !isType(frame, "Bot_Active"));
}

export function isType(frame: unknown, type: string): boolean {
  return typeof frame === "object" && frame !== null && (frame as Frame).type === type;
}

/** A field of an object frame, or undefined for any other frame. */
export function field(frame: unknown, name: string): unknown {
  return typeof frame === "object" && frame !== null ? (frame as Frame)[name] : undefined;
}

/** The `/bot.message` frame the widget sends for a user message. */
export function userMessage(simulator: SimulatorHandle, id: number | string, body: string): Frame {
  return {
    clientMessageId: id,
    id,
    resourceid: "/bot.message",
    message: { body, attachments: [] },
    botInfo: simulator.bot,
  };
}

/** POSTs JSON and returns status, headers and parsed body. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Frame }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Frame,
  };
}

/** Steps 1-2: a JWT for `identity`, exchanged for an access token. */
export async function grant(
  simulator: SimulatorHandle,
  identity: string,
): Promise<{ accessToken: string; userId: string }> {
  const assertion = await simulator.signUserJwt(identity);
  const { status, body } = await postJson(`${simulator.url}/api/1.1/oAuth/token/jwtgrant`, {
    assertion,
    botInfo: simulator.bot,
  });
  if (status !== 200) throw new Error(`jwtgrant answered ${status}`);
  const authorization = body.authorization as { accessToken: string };
  const userInfo = body.userInfo as { userId: string };
  return { accessToken: authorization.accessToken, userId: userInfo.userId };
}

/** Step 3: a fresh socket URL. */
export async function rtmStart(simulator: SimulatorHandle, accessToken: string): Promise<string> {
  const { status, body } = await postJson(
    `${simulator.url}/api/1.1/rtm/start`,
    { botInfo: simulator.bot },
    { authorization: `bearer ${accessToken}` },
  );
  if (status !== 200) throw new Error(`rtm/start answered ${status}`);
  return body.url as string;
}

/** Steps 1-4 for one user, waiting for `hello`. */
export async function connectUser(
  simulator: SimulatorHandle,
  identity: string,
): Promise<{ accessToken: string; userId: string; socket: TestSocket }> {
  const granted = await grant(simulator, identity);
  const socket = await TestSocket.open(await rtmStart(simulator, granted.accessToken));
  await socket.waitFor((frame) => isType(frame, "hello"));
  return { ...granted, socket };
}

/** Resolves after `ms`, for asserting that nothing arrives. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
