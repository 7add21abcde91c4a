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

/**
 * Narrows a fault to one user (`userId`: a platform user id; the handle and the HTTP controls
 * also take an identity). Without it the fault hits anyone, so parallel tests each name their
 * own user and never take or clear each other's faults.
 */
export interface FaultFilter {
  userId?: string;
}

/** The endpoints `failNext` accepts, for validating HTTP input. */
export const FAULT_ENDPOINTS: readonly FaultEndpoint[] = [
  "jwtgrant",
  "rtm/start",
  "history",
  "socket",
];

/** One scope's faults: a user's, or anyone's. An unset switch defers to anyone's. */
interface ScopeFaults {
  silent?: boolean;
  ackDelayMs?: number;
  secureRtmRequired?: boolean;
  legacyRtm?: boolean;
  acksToDrop: number;
  socketUrlsToExpire: number;
  streamCut: boolean;
  readonly failures: Map<FaultEndpoint, { failure: InjectedFailure; remaining: number }>;
}

/** The key of the faults that hit anyone (no platform user id is empty). */
const ANYONE = "";

function newScope(): ScopeFaults {
  return { acksToDrop: 0, socketUrlsToExpire: 0, streamCut: false, failures: new Map() };
}

function checkedCount(count: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Invalid count: ${count}`);
  return count;
}

/**
 * The mutable fault state the endpoints consult, per user: a user's own switch wins over the
 * one for anyone, and a user's own counted faults (failures, dropped acks, expired socket
 * URLs, a cut stream) are taken before anyone's.
 *
 * @example
 * const faults = new FaultState();
 * faults.setFailure("jwtgrant", { status: 429, retryAfterSeconds: 2 }, { userId: "u-1" });
 * faults.takeFailure("jwtgrant", "u-2"); // null
 * faults.takeFailure("jwtgrant", "u-1"); // { status: 429, retryAfterSeconds: 2 }
 * faults.takeFailure("jwtgrant", "u-1"); // null
 */
export class FaultState {
  /** The attachment endpoints' faults. */
  readonly uploads = new UploadFaults();
  readonly #scopes = new Map<string, ScopeFaults>();
  readonly #defaultSecureRtm: boolean;

  constructor(defaults: { requireSecureRtm?: boolean } = {}) {
    this.#defaultSecureRtm = defaults.requireSecureRtm ?? false;
  }

  /** While true, the sockets stay open but nothing is sent and incoming frames are dropped. */
  setSilent(silent: boolean, filter: FaultFilter = {}): void {
    this.#scope(filter).silent = silent;
  }

  isSilent(userId: string): boolean {
    return this.#setting(userId, (scope) => scope.silent) ?? false;
  }

  setAckDelay(ms: number, filter: FaultFilter = {}): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Invalid delay: ${ms}`);
    this.#scope(filter).ackDelayMs = ms;
  }

  /** How long this user's acks (and the bot's replies after them) wait. */
  ackDelayFor(userId: string): number {
    return this.#setting(userId, (scope) => scope.ackDelayMs) ?? 0;
  }

  /** Refuse sockets without the secure handshake (PROTOCOL.md §7). */
  setSecureRtmRequired(on: boolean, filter: FaultFilter = {}): void {
    this.#scope(filter).secureRtmRequired = on;
  }

  secureRtmRequiredFor(userId: string): boolean {
    return this.#setting(userId, (scope) => scope.secureRtmRequired) ?? this.#defaultSecureRtm;
  }

  /** Never answer a nonce (an older platform). */
  setLegacyRtm(on: boolean, filter: FaultFilter = {}): void {
    this.#scope(filter).legacyRtm = on;
  }

  legacyRtmFor(userId: string): boolean {
    return this.#setting(userId, (scope) => scope.legacyRtm) ?? false;
  }

  setFailure(endpoint: FaultEndpoint, spec: FailureSpec, filter: FaultFilter = {}): void {
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
    this.#scope(filter).failures.set(endpoint, { failure, remaining: times });
  }

  /**
   * Consumes one injected failure of `endpoint` for this user (`undefined` when the request
   * names no known user: only failures for anyone apply), if any is pending.
   */
  takeFailure(endpoint: FaultEndpoint, userId: string | undefined): InjectedFailure | null {
    for (const scope of this.#scopesOf(userId)) {
      const pending = scope.failures.get(endpoint);
      if (pending === undefined || pending.remaining <= 0) continue;
      pending.remaining--;
      if (pending.remaining === 0) scope.failures.delete(endpoint);
      return pending.failure;
    }
    return null;
  }

  /** The next `count` new user messages are processed but never acked. */
  dropAcks(count: number, filter: FaultFilter = {}): void {
    this.#scope(filter).acksToDrop = checkedCount(count);
  }

  /** True when this user's message must go unacked (consumes one). */
  takeAckDrop(userId: string): boolean {
    return this.#takeOne(userId, "acksToDrop");
  }

  /** The next `count` socket URLs `rtm/start` issues are born expired. */
  expireSocketUrls(count: number, filter: FaultFilter = {}): void {
    this.#scope(filter).socketUrlsToExpire = checkedCount(count);
  }

  /** True when the socket URL being issued to this user must be born expired (consumes one). */
  takeSocketUrlExpiry(userId: string): boolean {
    return this.#takeOne(userId, "socketUrlsToExpire");
  }

  cutNextStream(filter: FaultFilter = {}): void {
    this.#scope(filter).streamCut = true;
  }

  /** True when this user's stream must be cut (consumes the fault). */
  takeStreamCut(userId: string): boolean {
    for (const scope of this.#scopesOf(userId)) {
      if (!scope.streamCut) continue;
      scope.streamCut = false;
      return true;
    }
    return false;
  }

  /** Clears one user's faults (theirs alone, not anyone's), or with no user every fault. */
  reset(filter: FaultFilter = {}): void {
    if (filter.userId === undefined) this.#scopes.clear();
    else this.#scopes.delete(filter.userId);
    this.uploads.reset(filter);
  }

  #scope(filter: FaultFilter): ScopeFaults {
    const key = filter.userId ?? ANYONE;
    let scope = this.#scopes.get(key);
    if (scope === undefined) {
      scope = newScope();
      this.#scopes.set(key, scope);
    }
    return scope;
  }

  /** The user's own scope (if any), then anyone's (if any). */
  #scopesOf(userId: string | undefined): ScopeFaults[] {
    const keys = userId === undefined || userId === ANYONE ? [ANYONE] : [userId, ANYONE];
    return keys.flatMap((key) => this.#scopes.get(key) ?? []);
  }

  #setting<T>(userId: string, read: (scope: ScopeFaults) => T | undefined): T | undefined {
    for (const scope of this.#scopesOf(userId)) {
      const value = read(scope);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  #takeOne(userId: string, counter: "acksToDrop" | "socketUrlsToExpire"): boolean {
    for (const scope of this.#scopesOf(userId)) {
      if (scope[counter] <= 0) continue;
      scope[counter]--;
      return true;
    }
    return false;
  }
}
