import * as v from "valibot";
import type { ClientMessageId, MessageAttachment } from "../protocol/frames.js";

/** A user message kept across page reloads until the platform acknowledges it. */
export interface StoredMessage {
  readonly clientMessageId: ClientMessageId;
  readonly body: string;
  readonly renderMsg?: string | undefined;
  readonly attachments: readonly MessageAttachment[];
  /** When the user sent it (`Date.now()` time). */
  readonly queuedAt: number;
  /** The platform user it was sent as, once the token grant told us. */
  readonly userId?: string | undefined;
  /** The transport gave up on it; the UI offers a retry. */
  readonly failed: boolean;
}

/**
 * Where the outbox is kept between page loads. `load` runs once when the client
 * is created; `save` after every change, with every message not yet acknowledged.
 * Both must not throw (storage can be full, disabled or tampered with).
 */
export interface OutboxStorage {
  load(): readonly StoredMessage[];
  save(messages: readonly StoredMessage[]): void;
}

/** What `createKoreClient` uses by default in a browser: one key per bot in sessionStorage. */
export function defaultOutboxStorage(botId: string): OutboxStorage | undefined {
  const storage = browserSessionStorage();
  return storage === undefined ? undefined : webStorageOutbox(`kore-chat:outbox:${botId}`, storage);
}

/** The subset of the Web Storage API the outbox uses (sessionStorage, localStorage, a fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const storedMessageSchema = v.object({
  clientMessageId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  body: v.string(),
  renderMsg: v.optional(v.string()),
  attachments: v.array(v.looseObject({})),
  queuedAt: v.pipe(v.number(), v.finite()),
  userId: v.optional(v.string()),
  failed: v.boolean(),
});

/**
 * An outbox in Web Storage under `key`. Per tab with sessionStorage: a reload
 * keeps the messages, another tab does not see them (it would send them twice).
 * Rows that do not parse are dropped one by one; storage errors are swallowed
 * (the outbox then lives in memory only, as without storage).
 *
 * @example
 * createKoreClient({ ...options, outboxStorage: webStorageOutbox("my-chat:alice", sessionStorage) });
 */
export function webStorageOutbox(key: string, storage: KeyValueStorage): OutboxStorage {
  return {
    load() {
      let rows: unknown;
      try {
        rows = JSON.parse(storage.getItem(key) ?? "[]");
      } catch {
        return [];
      }
      if (!Array.isArray(rows)) return [];
      const messages: StoredMessage[] = [];
      for (const row of rows) {
        const parsed = v.safeParse(storedMessageSchema, row);
        if (parsed.success) messages.push(parsed.output as StoredMessage);
      }
      return messages;
    },
    save(messages) {
      try {
        if (messages.length === 0) storage.removeItem(key);
        else storage.setItem(key, JSON.stringify(messages));
      } catch {
        // Quota exceeded or storage disabled: the messages are still in memory.
      }
    },
  };
}

/** The page's sessionStorage, or undefined where there is none or it is blocked. */
export function browserSessionStorage(): KeyValueStorage | undefined {
  try {
    // Reading the property throws where storage is blocked (sandboxed frames, some privacy modes).
    return (globalThis as { sessionStorage?: KeyValueStorage }).sessionStorage;
  } catch {
    return undefined;
  }
}
