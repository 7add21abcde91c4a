import { randomBytes } from "node:crypto";

/** One `rtm/start` answer, as the handle exposes it. */
export interface SocketUrlRecord {
  readonly sid: string;
  readonly url: string;
  /** The platform user it was issued to. */
  readonly userId: string;
  readonly issuedAt: number;
  readonly used: boolean;
  readonly isReconnect: boolean;
  /** How many socket upgrades presented it; more than 1 means a client reused a URL. */
  readonly claims: number;
  /** Issued for the secure handshake (PROTOCOL.md §7): the socket must present this nonce. */
  readonly nonce?: string;
}

/** Who a socket URL was issued to. */
export interface SocketUrlOwner {
  readonly userId: string;
  readonly botId: string;
}

/** Outcome of opening a socket URL. */
export type SocketUrlClaim =
  | { ok: true; owner: SocketUrlOwner; record: SocketUrlRecord }
  | { ok: false; reason: "unknown" | "used" | "expired" };

interface MutableRecord {
  sid: string;
  url: string;
  userId: string;
  issuedAt: number;
  used: boolean;
  isReconnect: boolean;
  claims: number;
  nonce?: string;
}

const SID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const SID_LENGTH = 32;

function randomSid(): string {
  // 256 % 62 bias is irrelevant here: sids only need to be unguessable-looking and unique.
  const bytes = randomBytes(SID_LENGTH);
  let sid = "";
  for (const byte of bytes) sid += SID_ALPHABET[byte % SID_ALPHABET.length];
  return sid;
}

/**
 * Single-use socket URLs (`/rtm/bot?sid=...`) that expire `ttlMs` after issue.
 *
 * @example
 * const urls = new SocketUrlRegistry({ ttlMs: 30_000, now: Date.now });
 * const { sid } = urls.issue("ws://127.0.0.1:4010", { userId, botId });
 * urls.claim(sid, false).ok; // true
 * urls.claim(sid, false).ok; // false: already used
 */
export class SocketUrlRegistry {
  readonly #records: MutableRecord[] = [];
  readonly #bySid = new Map<string, { record: MutableRecord; owner: SocketUrlOwner }>();
  /** URLs expired ahead of their time by `expire`. */
  readonly #expired = new Set<string>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; now: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#now = options.now;
  }

  /** Every URL issued so far, oldest first; entries update as they are used. */
  get records(): ReadonlyArray<SocketUrlRecord> {
    return this.#records;
  }

  issue(wsOrigin: string, owner: SocketUrlOwner, secure = false): SocketUrlRecord {
    const sid = randomSid();
    const record: MutableRecord = {
      sid,
      url: `${wsOrigin}/rtm/bot?sid=${sid}`,
      userId: owner.userId,
      issuedAt: this.#now(),
      used: false,
      isReconnect: false,
      claims: 0,
      ...(secure ? { nonce: randomBytes(16).toString("hex") } : {}),
    };
    this.#records.push(record);
    this.#bySid.set(sid, { record, owner });
    return record;
  }

  /** Expires a URL now, as if the client had waited past its lifetime before opening it. */
  expire(sid: string): void {
    if (this.#bySid.has(sid)) this.#expired.add(sid);
  }

  /** Whom a URL was issued to, without claiming it (whose upgrade it is, for per-user faults). */
  ownerOf(sid: string): SocketUrlOwner | undefined {
    return this.#bySid.get(sid)?.owner;
  }

  claim(sid: string, isReconnect: boolean): SocketUrlClaim {
    const entry = this.#bySid.get(sid);
    if (entry === undefined) return { ok: false, reason: "unknown" };
    entry.record.claims += 1;
    if (entry.record.used) return { ok: false, reason: "used" };
    if (this.#expired.has(sid) || this.#now() - entry.record.issuedAt >= this.#ttlMs) {
      return { ok: false, reason: "expired" };
    }
    entry.record.used = true;
    entry.record.isReconnect = isReconnect;
    return { ok: true, owner: entry.owner, record: entry.record };
  }
}
