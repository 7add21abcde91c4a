import type { FailureSpec, FaultEndpoint, FaultFilter, FaultState } from "./faults.js";

/**
 * Fault injection, on the handle and over HTTP under `/__simulator/faults/`. Every fault takes
 * an optional `filter`: with `userId` (a platform user id or an identity) it reaches that
 * user's requests and sockets alone, so tests running side by side keep apart; without it,
 * anyone's. A user's own setting wins over the one for anyone.
 */
export interface FaultControls {
  /** Abruptly terminates sockets (no close frame); returns how many. */
  dropSockets(filter?: FaultFilter): number;
  /** While true, sockets stay open but nothing is sent and incoming frames are dropped. */
  silenceSockets(silent: boolean, filter?: FaultFilter): void;
  /**
   * Leaves the sockets open now (optionally of one user) half-open for good: open, silent both
   * ways, pings unanswered. Sockets opened later are healthy. Returns how many.
   */
  halfOpenSockets(filter?: FaultFilter): number;
  /** The next `count` socket URLs `rtm/start` issues have expired by the time they are opened. */
  expireSocketUrls(count: number, filter?: FaultFilter): void;
  /** Delays every ack (and the bot's reply after it) by `ms`. */
  setAckDelay(ms: number, filter?: FaultFilter): void;
  /** The next `count` new user messages are processed but never acked. */
  dropAcks(count: number, filter?: FaultFilter): void;
  /** Every access token issued so far becomes invalid (401); later ones are valid. */
  expireTokens(filter?: FaultFilter): void;
  /** The next `times` calls of `endpoint` answer `status` (with Retry-After when given). */
  failNext(endpoint: FaultEndpoint, failure: FailureSpec, filter?: FaultFilter): void;
  /** Sends the fixed batch of malformed frames to open sockets; returns frames sent. */
  sendMalformedFrames(filter?: FaultFilter): number;
  /**
   * Secure mode (PROTOCOL.md §7): every socket must open with the `x-rtm-v|1`, `jwt|…`,
   * `nonce|…` subprotocols; one without them is refused with 401.
   */
  requireSecureRtm(on: boolean, filter?: FaultFilter): void;
  /** Acts as an older platform: ignores `x-rtm-v` and answers `rtm/start` with no nonce. */
  legacyRtm(on: boolean, filter?: FaultFilter): void;
  /**
   * The next streamed answer (of one user, or anyone's) stops half way: the user's sockets are
   * dropped and the rest of its chunks are never sent (history holds the whole answer).
   */
  cutNextStream(filter?: FaultFilter): void;
  /** The next chunk upload with this `chunkNo` (of one user, or anyone's) answers 500, once. */
  failChunkOnce(chunkNo: number, filter?: FaultFilter): void;
  /** The next `attachment/file` POST or commit PUT answers `status` (default 413). */
  rejectNextUpload(status?: number, filter?: FaultFilter): void;
  /** Each `attachment/file` POST and chunk POST waits `ms` before answering (0 turns it off). */
  setUploadDelay(ms: number, filter?: FaultFilter): void;
  /**
   * Clears the user's faults (theirs alone) and branding answer, or without a user every fault
   * and branding answer. Expired tokens stay expired, half-open sockets stay half-open, and
   * the records (received messages, socket URLs…) are kept.
   */
  reset(filter?: FaultFilter): void;
}

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
 * Binds the fault state to the live server: the actions that reach sockets and tokens. Each
 * filter's `userId` goes through `resolveUser` first, so an identity names its user too.
 *
 * @example
 * const controls = createFaultControls(state, { dropSockets, halfOpenSockets, sendRaw, expireTokens, resolveUser });
 * controls.failNext("rtm/start", { status: 503 }, { userId: "alice@example.com" });
 */
export function createFaultControls(
  state: FaultState,
  actions: {
    dropSockets(filter: FaultFilter): number;
    halfOpenSockets(filter: FaultFilter): number;
    sendRaw(frames: readonly string[], filter: FaultFilter): number;
    expireTokens(filter: FaultFilter): void;
    /** The platform user id of an identity or user id; default: as given. */
    resolveUser?: (identityOrUserId: string) => string;
  },
): FaultControls {
  const resolve = actions.resolveUser ?? ((userId: string) => userId);
  const user = (filter: FaultFilter = {}): FaultFilter =>
    filter.userId === undefined ? {} : { userId: resolve(filter.userId) };
  return {
    dropSockets: (filter) => actions.dropSockets(user(filter)),
    silenceSockets: (silent, filter) => state.setSilent(silent, user(filter)),
    halfOpenSockets: (filter) => actions.halfOpenSockets(user(filter)),
    expireSocketUrls: (count, filter) => state.expireSocketUrls(count, user(filter)),
    setAckDelay: (ms, filter) => state.setAckDelay(ms, user(filter)),
    dropAcks: (count, filter) => state.dropAcks(count, user(filter)),
    expireTokens: (filter) => actions.expireTokens(user(filter)),
    failNext: (endpoint, failure, filter) => state.setFailure(endpoint, failure, user(filter)),
    requireSecureRtm: (on, filter) => state.setSecureRtmRequired(on, user(filter)),
    legacyRtm: (on, filter) => state.setLegacyRtm(on, user(filter)),
    cutNextStream: (filter) => state.cutNextStream(user(filter)),
    sendMalformedFrames: (filter) => actions.sendRaw(malformedFrames, user(filter)),
    failChunkOnce: (chunkNo, filter) => state.uploads.failChunkOnce(chunkNo, user(filter)),
    rejectNextUpload: (status = 413, filter = {}) =>
      state.uploads.rejectNextUpload(status, user(filter)),
    setUploadDelay: (ms, filter) => state.uploads.setUploadDelay(ms, user(filter)),
    reset: (filter) => state.reset(user(filter)),
  };
}
