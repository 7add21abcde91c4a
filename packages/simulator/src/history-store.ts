import { randomBytes, randomUUID } from "node:crypto";

/** The kinds of file a user message carries (PROTOCOL.md §10), also its component's `cT`. */
export type AttachmentFileType = "image" | "audio" | "video" | "attachment";

/** A text component of a stored message (PROTOCOL.md §5). */
export interface HistoryTextComponent {
  readonly _id: string;
  readonly cT: "text";
  readonly data: { readonly text: string };
  readonly thumbnails: readonly [];
}

/** A thumbnail of an image component (the simulator does not measure images: 0 × 0). */
export interface HistoryThumbnail {
  readonly _id: string;
  readonly url: string;
  readonly width: 0;
  readonly height: 0;
  readonly size: number;
}

/** A file component of a stored user message: the uploaded file it refers to. */
export interface HistoryFileComponent {
  readonly _id: string;
  readonly cT: AttachmentFileType;
  readonly data: {
    readonly text: "";
    readonly fileId: string;
    readonly fileName: string;
    readonly url: string;
    readonly size: number;
  };
  /** One (the file itself) for an image, none otherwise. */
  readonly thumbnails: readonly HistoryThumbnail[];
}

/** One component of a stored message. */
export type HistoryComponent = HistoryTextComponent | HistoryFileComponent;

/** A file to store as a component after a row's texts. */
export interface HistoryFile {
  readonly cT: AttachmentFileType;
  readonly fileId: string;
  readonly fileName: string;
  readonly url: string;
  readonly size: number;
}

/** A `{ name, value }` tag on a row, session or user. */
export interface HistoryTag {
  readonly name: string;
  readonly value: string;
}

/** A stored message in the exact shape of PROTOCOL.md §5 rows. */
export interface HistoryRow {
  readonly _id: string;
  readonly channels: readonly [{ readonly type: "rtm" }];
  readonly type: "incoming" | "outgoing";
  readonly status: "received" | "delivered";
  readonly createdBy: string;
  readonly lmodifiedBy: string;
  readonly lmodifiedOn: string;
  readonly botId: string;
  readonly orgId: string;
  readonly accountId: string;
  readonly isBB: 0;
  readonly ms: 1;
  readonly chnl: "rtm";
  readonly components: readonly HistoryComponent[];
  readonly createdOn: string;
  readonly timestampValue: number;
  readonly __v: 0;
  readonly lang: "en";
  readonly sessionId: string;
  readonly resourceid: "messagestore";
  readonly tags: {
    readonly messageTags: readonly HistoryTag[];
    readonly userTags: readonly HistoryTag[];
    readonly sessionTags: readonly HistoryTag[];
  };
}

/** A row to seed: for `outgoing`, `text` may be a template JSON string. */
export interface SeedRow {
  type: "incoming" | "outgoing";
  text: string;
  createdOn: Date | string;
}

/** One page of history, newest first unless asked otherwise. */
export interface HistoryPage {
  readonly total: number;
  readonly moreAvailable: boolean;
  readonly messages: readonly HistoryRow[];
}

/** Fields of a new row; the store fills in the rest. */
export interface NewHistoryRow {
  readonly userId: string;
  readonly botId: string;
  readonly type: "incoming" | "outgoing";
  /** One text per component; a bot turn with two parts has two. */
  readonly texts: readonly string[];
  /** File components, after the text ones (a user message's attachments). */
  readonly files?: readonly HistoryFile[];
  readonly createdOnMs: number;
  /** Defaults to a fresh `ms-<uuid>`; a live bot turn passes its `messageId`. */
  readonly id?: string;
}

function objectId(): string {
  return randomBytes(12).toString("hex");
}

function textComponent(text: string): HistoryTextComponent {
  return { _id: `cp-${randomUUID()}`, cT: "text", data: { text }, thumbnails: [] };
}

function fileComponent(file: HistoryFile): HistoryFileComponent {
  const { cT, fileId, fileName, url, size } = file;
  return {
    _id: `cp-${randomUUID()}`,
    cT,
    data: { text: "", fileId, fileName, url, size },
    thumbnails: cT === "image" ? [{ _id: objectId(), url, width: 0, height: 0, size }] : [],
  };
}

/**
 * Per-user, per-bot message rows, kept in chronological order.
 *
 * @example
 * const store = new HistoryStore({ orgId: "o-...", accountId: "5c66..." });
 * store.append({ userId, botId, type: "incoming", texts: ["hi"], createdOnMs: Date.now() });
 * store.page(userId, botId, { skip: 0, limit: 20 }).messages[0]?.components[0]?.data.text; // "hi"
 */
export class HistoryStore {
  readonly #rows = new Map<string, HistoryRow[]>();
  readonly #sessions = new Map<string, string>();
  readonly #platform: { orgId: string; accountId: string };

  constructor(platform: { orgId: string; accountId: string }) {
    this.#platform = platform;
  }

  /** The user's current conversation session id (24 hex chars, like the platform's). */
  sessionIdFor(userId: string): string {
    let sessionId = this.#sessions.get(userId);
    if (sessionId === undefined) {
      sessionId = objectId();
      this.#sessions.set(userId, sessionId);
    }
    return sessionId;
  }

  /** Ends the user's session: later rows carry a new `sessionId`. */
  startNewSession(userId: string): void {
    this.#sessions.set(userId, objectId());
  }

  append(input: NewHistoryRow): HistoryRow {
    const createdOn = new Date(input.createdOnMs).toISOString();
    const author = input.type === "incoming" ? input.userId : input.botId;
    const row: HistoryRow = {
      _id: input.id ?? `ms-${randomUUID()}`,
      channels: [{ type: "rtm" }],
      type: input.type,
      status: input.type === "incoming" ? "received" : "delivered",
      createdBy: author,
      lmodifiedBy: author,
      lmodifiedOn: createdOn,
      botId: input.botId,
      orgId: this.#platform.orgId,
      accountId: this.#platform.accountId,
      isBB: 0,
      ms: 1,
      chnl: "rtm",
      components: [...input.texts.map(textComponent), ...(input.files ?? []).map(fileComponent)],
      createdOn,
      timestampValue: input.createdOnMs,
      __v: 0,
      lang: "en",
      sessionId: this.sessionIdFor(input.userId),
      resourceid: "messagestore",
      tags: { messageTags: [], userTags: [], sessionTags: [] },
    };
    const rows = this.#rowsOf(input.userId, input.botId);
    // Seeded rows may be older than live ones: insert after the last row not newer than this one.
    let index = rows.length;
    while (index > 0 && (rows[index - 1]?.timestampValue ?? 0) > row.timestampValue) index--;
    rows.splice(index, 0, row);
    return row;
  }

  seed(userId: string, botId: string, rows: readonly SeedRow[]): HistoryRow[] {
    return rows.map((seed) => {
      const createdOnMs = new Date(seed.createdOn).getTime();
      if (Number.isNaN(createdOnMs)) throw new RangeError(`Invalid createdOn: ${seed.createdOn}`);
      return this.append({ userId, botId, type: seed.type, texts: [seed.text], createdOnMs });
    });
  }

  /** Forgets the user's rows for a bot (a conversation that never happened); returns how many. */
  clear(userId: string, botId: string): number {
    const count = this.rows(userId, botId).length;
    this.#rows.delete(`${userId}\u0000${botId}`);
    return count;
  }

  /** The user's rows for a bot, oldest first. */
  rows(userId: string, botId: string): ReadonlyArray<HistoryRow> {
    return this.#rows.get(`${userId}\u0000${botId}`) ?? [];
  }

  /** Every user's rows for a bot, oldest first. */
  rowsOfBot(botId: string): HistoryRow[] {
    const all: HistoryRow[] = [];
    for (const rows of this.#rows.values()) {
      for (const row of rows) if (row.botId === botId) all.push(row);
    }
    return all.sort((a, b) => a.timestampValue - b.timestampValue);
  }

  /** A page counted from the newest row (`skip` 0 = the newest `limit` rows), newest first. */
  page(userId: string, botId: string, paging: { skip: number; limit: number }): HistoryPage {
    const rows = this.rows(userId, botId);
    const total = rows.length;
    const end = Math.max(0, total - paging.skip);
    const start = Math.max(0, end - paging.limit);
    return {
      total,
      moreAvailable: start > 0,
      messages: rows.slice(start, end).reverse(),
    };
  }

  #rowsOf(userId: string, botId: string): HistoryRow[] {
    const key = `${userId}\u0000${botId}`;
    let rows = this.#rows.get(key);
    if (rows === undefined) {
      rows = [];
      this.#rows.set(key, rows);
    }
    return rows;
  }
}
