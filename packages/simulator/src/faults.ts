import type { UploadFaultFilter } from "./upload-faults.js";
import { UploadFaults } from "./upload-faults.js";

/** Endpoints `failNext` can break. `history` covers both history endpoints. */
export type FaultEndpoint = "jwtgrant" | "rtm/start" | "history" | "socket";

/** How `failNext` answers: `status` (400-599) for the next `times` calls (default 1). */
export interface FailureSpec {
  status: number;
  retryAfterSeconds?: number;
  times?: number;
}

/** One injected failure, as the endpoint answers it. */
export interface InjectedFailure {
  readonly status: number;
  readonly retryAfterSeconds?: number;
}

/** Fault injection, on the handle and over HTTP under `/__simulator/faults/`. */
export interface FaultControls {
  /** Abruptly terminates sockets (no close frame); returns how many. */
  dropSockets(filter?: { userId?: string }): number;
  /** While true, sockets stay open but nothing is sent and incoming frames are dropped. */
  silenceSockets(silent: boolean): void;
  /**
   * Leaves the sockets open now (optionally of one user) half-open for good: open, silent both
   * ways, pings unanswered. Sockets opened later are healthy. Returns how many.
   */
  halfOpenSockets(filter?: { userId?: string }): number;
  /** The next `count` socket URLs `rtm/start` issues have expired by the time they are opened. */
  expireSocketUrls(count: number): void;
  /** Delays every ack by `ms`. */
  setAckDelay(ms: number): void;
  /** The next `count` new user messages are processed but never acked. */
  dropAcks(count: number): void;
  /** Every access token issued so far becomes invalid (401). */
  expireTokens(): void;
  /** The next `times` calls of `endpoint` answer `status` (with Retry-After when given). */
  failNext(endpoint: FaultEndpoint, failure: FailureSpec): void;
  /** Sends the fixed batch of malformed frames to open sockets; returns frames sent. */
  sendMalformedFrames(filter?: { userId?: string }): number;
  /**
   * Secure mode (PROTOCOL.md §7): every socket must open with the `x-rtm-v|1`, `jwt|…`,
   * `nonce|…` subprotocols; one without them is refused with 401.
   */
  requireSecureRtm(on: boolean): void;
  /** Acts as an older platform: ignores `x-rtm-v` and answers `rtm/start` with no nonce. */
  legacyRtm(on: boolean): void;
  /**
   * The next streamed answer (of one user, or anyone's) stops half way: the user's sockets are
   * dropped and the rest of its chunks are never sent (history holds the whole answer).
   */
  cutNextStream(filter?: { userId?: string }): void;
  /** The next chunk upload with this `chunkNo` (of one user, or anyone's) answers 500, once. */
  failChunkOnce(chunkNo: number, filter?: UploadFaultFilter): void;
  /** The next `attachment/file` POST or commit PUT answers `status` (default 413). */
  rejectNextUpload(status?: number, filter?: UploadFaultFilter): void;
  /** Each `attachment/file` POST and chunk POST waits `ms` before answering (0 turns it off). */
  setUploadDelay(ms: number, filter?: UploadFaultFilter): void;
  /**
   * Clears every fault, the simulator's branding answers included (expired tokens stay expired,
   * half-open sockets stay half-open).
   */
  reset(): void;
}

/** The endpoints `failNext` accepts, for validating HTTP input. */
export const FAULT_ENDPOINTS: readonly FaultEndpoint[] = [
  "jwtgrant",
  "rtm/start",
  "history",
  "socket",
];

const HUGE_STRING_LENGTH = 1_048_576;

/**
 * Frames no client should choke on, sent as raw text: invalid JSON, an array, `null`, a
 * number, an object without `type`, an unknown `type`, a `bot_response` whose `message` is not
 * an array, an `ack` with wrong field types, and a 1 MiB JSON string.
 *
 * @example
 * for (const frame of malformedFrames) socket.send(frame);
 */
export const malformedFrames: readonly string[] = [
  '{"type":"bot_response","message":[',
  "[1,2,3]",
  "null",
  "42",
  '{"message":"a frame without a type"}',
  '{"type":"simulator_unknown_frame","message":{"body":"?"}}',
  '{"type":"bot_response","from":"bot","message":"not an array","createdOn":"not a date"}',
  '{"type":"ack","ok":"yes","replyto":{"id":1},"message":42}',
  JSON.stringify("x".repeat(HUGE_STRING_LENGTH)),
];

/**
 * The mutable fault state the endpoints consult.
 *
 * @example
 * const faults = new FaultState();
 * faults.setFailure("jwtgrant", { status: 429, retryAfterSeconds: 2 });
 * faults.takeFailure("jwtgrant"); // { status: 429, retryAfterSeconds: 2 }
 * faults.takeFailure("jwtgrant"); // null
 */
export class FaultState {
  silent = false;
  ackDelayMs = 0;
  /** Refuse sockets without the secure handshake. */
  secureRtmRequired: boolean;
  /** Never answer a nonce (an older platform). */
  legacyRtm = false;
  /** The attachment endpoints' faults. */
  readonly uploads = new UploadFaults();
  /** Cut the next stream: `null` for none pending, `undefined` userId for anyone's. */
  #streamCut: { userId?: string | undefined } | null = null;
  readonly #defaultSecureRtm: boolean;

  constructor(defaults: { requireSecureRtm?: boolean } = {}) {
    this.#defaultSecureRtm = defaults.requireSecureRtm ?? false;
    this.secureRtmRequired = this.#defaultSecureRtm;
  }

  cutNextStream(userId: string | undefined): void {
    this.#streamCut = { userId };
  }

  /** True when this user's stream must be cut (consumes the fault). */
  takeStreamCut(userId: string): boolean {
    const cut = this.#streamCut;
    if (cut === null || (cut.userId !== undefined && cut.userId !== userId)) return false;
    this.#streamCut = null;
    return true;
  }
  #acksToDrop = 0;
  #socketUrlsToExpire = 0;
  readonly #failures = new Map<FaultEndpoint, { failure: InjectedFailure; remaining: number }>();

  setFailure(endpoint: FaultEndpoint, spec: FailureSpec): void {
    const times = spec.times ?? 1;
    // Only error statuses: a "failure" with 2xx/3xx would not be one, and 1xx cannot carry a body.
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
      throw new RangeError(`failNext status must be 400-599, got ${spec.status}`);
    }
    if (!Number.isInteger(times) || times < 0) throw new RangeError(`Invalid times: ${times}`);
    const failure: InjectedFailure =
      spec.retryAfterSeconds === undefined
        ? { status: spec.status }
        : { status: spec.status, retryAfterSeconds: spec.retryAfterSeconds };
    this.#failures.set(endpoint, { failure, remaining: times });
  }

  /** Consumes one injected failure of `endpoint`, if any is pending. */
  takeFailure(endpoint: FaultEndpoint): InjectedFailure | null {
    const pending = this.#failures.get(endpoint);
    if (pending === undefined || pending.remaining <= 0) return null;
    pending.remaining--;
    if (pending.remaining === 0) this.#failures.delete(endpoint);
    return pending.failure;
  }

  dropAcks(count: number): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Invalid count: ${count}`);
    this.#acksToDrop = count;
  }

  /** True when this message's ack must be dropped (consumes one). */
  takeAckDrop(): boolean {
    if (this.#acksToDrop <= 0) return false;
    this.#acksToDrop--;
    return true;
  }

  expireSocketUrls(count: number): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Invalid count: ${count}`);
    this.#socketUrlsToExpire = count;
  }

  /** True when the socket URL being issued must be born expired (consumes one). */
  takeSocketUrlExpiry(): boolean {
    if (this.#socketUrlsToExpire <= 0) return false;
    this.#socketUrlsToExpire--;
    return true;
  }

  setAckDelay(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Invalid delay: ${ms}`);
    this.ackDelayMs = ms;
  }

  reset(): void {
    this.silent = false;
    this.ackDelayMs = 0;
    this.secureRtmRequired = this.#defaultSecureRtm;
    this.legacyRtm = false;
    this.#streamCut = null;
    this.#acksToDrop = 0;
    this.#socketUrlsToExpire = 0;
    this.#failures.clear();
    this.uploads.reset();
  }
}

/**
 * Binds the fault state to the live server: the actions that reach sockets and tokens.
 *
 * @example
 * const controls = createFaultControls(state, { dropSockets, sendRaw, expireTokens });
 * controls.failNext("rtm/start", { status: 503 });
 */
export function createFaultControls(
  state: FaultState,
  actions: {
    dropSockets(filter: { userId?: string }): number;
    halfOpenSockets(filter: { userId?: string }): number;
    sendRaw(frames: readonly string[], filter: { userId?: string }): number;
    expireTokens(): void;
  },
): FaultControls {
  return {
    dropSockets: (filter = {}) => actions.dropSockets(filter),
    silenceSockets: (silent) => {
      state.silent = silent;
    },
    halfOpenSockets: (filter = {}) => actions.halfOpenSockets(filter),
    expireSocketUrls: (count) => state.expireSocketUrls(count),
    setAckDelay: (ms) => state.setAckDelay(ms),
    dropAcks: (count) => state.dropAcks(count),
    expireTokens: () => actions.expireTokens(),
    failNext: (endpoint, failure) => state.setFailure(endpoint, failure),
    requireSecureRtm: (on) => {
      state.secureRtmRequired = on;
    },
    legacyRtm: (on) => {
      state.legacyRtm = on;
    },
    cutNextStream: (filter = {}) => state.cutNextStream(filter.userId),
    sendMalformedFrames: (filter = {}) => actions.sendRaw(malformedFrames, filter),
    failChunkOnce: (chunkNo, filter = {}) => state.uploads.failChunkOnce(chunkNo, filter),
    rejectNextUpload: (status = 413, filter = {}) => state.uploads.rejectNextUpload(status, filter),
    setUploadDelay: (ms, filter = {}) => state.uploads.setUploadDelay(ms, filter),
    reset: () => state.reset(),
  };
}
