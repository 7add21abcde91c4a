import { describe, expect, it } from "vitest";
import {
  type KeyValueStorage,
  type StoredMessage,
  webStorageOutbox,
} from "./rtm/outbox-storage.js";
import { createClientHarness, settle } from "./testing/client-harness.js";
import { FakeWebSocket } from "./testing/fake-web-socket.js";

const ack = (replyto: number, ok = true) => ({ type: "ack", ok, replyto, message: "delivered" });

/** sessionStorage as a page sees it; one instance stands for one tab across reloads. */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException("quota", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  rows(key = "outbox"): StoredMessage[] {
    return JSON.parse(this.items.get(key) ?? "[]") as StoredMessage[];
  }
}

/** A page load: a client on the same tab storage, as after a reload. */
const pageLoad = (tab: MemoryStorage, overrides = {}) =>
  createClientHarness({ outboxStorage: webStorageOutbox("outbox", tab), ...overrides });

describe("createKoreClient: the outbox survives a reload", () => {
  it("keeps a message typed offline, restores it on the next load and delivers it once, same id", async () => {
    const tab = new MemoryStorage();
    const before = pageLoad(tab);
    const id = before.client.send("typed in a tunnel", { renderMsg: "typed in a tunnel!" });
    expect(tab.rows()).toMatchObject([
      {
        clientMessageId: id,
        body: "typed in a tunnel",
        renderMsg: "typed in a tunnel!",
        failed: false,
      },
    ]);

    // Reload: the old page is gone without closing anything.
    const after = pageLoad(tab);
    expect(after.client.restoredMessages).toMatchObject([
      { clientMessageId: id, body: "typed in a tunnel", failed: false },
    ]);
    const socket = await after.connectAndOpen();
    expect(socket.userMessages()).toMatchObject([
      {
        clientMessageId: id,
        id,
        message: { body: "typed in a tunnel", renderMsg: "typed in a tunnel!" },
      },
    ]);
    socket.receive(ack(id));
    expect(after.emitted.filter((e) => e.event === "ack")).toHaveLength(1);
    expect(tab.items.has("outbox")).toBe(false);

    // A third load has nothing left to send.
    const third = pageLoad(tab);
    expect(third.client.restoredMessages).toEqual([]);
    expect((await third.connectAndOpen()).userMessages()).toEqual([]);
  });

  it("gives new messages ids after the restored ones, even with the clock set back", async () => {
    const tab = new MemoryStorage();
    tab.setItem(
      "outbox",
      JSON.stringify([
        {
          clientMessageId: 9_999_999_999_999,
          body: "from the future",
          attachments: [],
          queuedAt: 1,
          failed: false,
        },
      ]),
    );
    const h = pageLoad(tab);
    expect(h.client.send("now")).toBeGreaterThan(9_999_999_999_999);
  });

  it("keeps a message the transport gave up on as failed, and retries it after the reload", async () => {
    const tab = new MemoryStorage();
    const before = pageLoad(tab, { ackTimeoutMs: 1_000, maxSendAttempts: 1 });
    await before.connectAndOpen();
    const id = before.client.send("never acknowledged");
    await before.advance(1_000); // overdue: the socket is dropped
    await before.advance(2_000); // reconnect: the one attempt is spent, so it fails
    FakeWebSocket.latest().open();
    expect(before.emitted.some((e) => e.event === "send_failed")).toBe(true);
    expect(tab.rows()).toMatchObject([{ clientMessageId: id, failed: true }]);

    const after = pageLoad(tab);
    expect(after.client.restoredMessages).toMatchObject([{ clientMessageId: id, failed: true }]);
    const socket = await after.connectAndOpen();
    expect(socket.userMessages()).toEqual([]); // failed stays failed until the user says retry
    expect(after.client.retry(id)).toBe(true);
    expect(tab.rows()).toMatchObject([{ clientMessageId: id, failed: false }]);
    expect(socket.userMessages().map((frame) => frame.clientMessageId)).toEqual([id]);
    socket.receive(ack(id));
    expect(tab.items.has("outbox")).toBe(false);
  });

  it("keeps messages pending when the widget is closed, for the next load to send", async () => {
    const tab = new MemoryStorage();
    const before = pageLoad(tab);
    await before.connectAndOpen();
    before.client.close();
    const id = before.client.send("after close");
    await settle();
    expect(before.emitted.some((e) => e.event === "send_failed")).toBe(false);
    expect(tab.rows()).toMatchObject([{ clientMessageId: id, failed: false }]);
  });

  it("drops what another user left in this tab once the grant names the current user", async () => {
    const tab = new MemoryStorage();
    const mine = { body: "mine", attachments: [], queuedAt: 1, failed: false, userId: "u-test" };
    const theirs = {
      body: "theirs",
      attachments: [],
      queuedAt: 2,
      failed: false,
      userId: "u-other",
    };
    const unknown = { body: "before any grant", attachments: [], queuedAt: 3, failed: false };
    tab.setItem(
      "outbox",
      JSON.stringify([
        { ...mine, clientMessageId: 1 },
        { ...theirs, clientMessageId: 2 },
        { ...unknown, clientMessageId: 3 },
      ]),
    );
    const h = pageLoad(tab);
    const socket = await h.connectAndOpen();
    expect(h.emitted.filter((e) => e.event === "discarded").map((e) => e.payload)).toEqual([[2]]);
    expect(socket.userMessages().map((frame) => frame.message.body)).toEqual([
      "mine",
      "before any grant",
    ]);
    expect(tab.rows().map((row) => [row.clientMessageId, row.userId])).toEqual([
      [1, "u-test"],
      [3, "u-test"],
    ]);
  });
});

describe("webStorageOutbox", () => {
  it("reads nothing from a missing, corrupt or foreign value, and skips rows that do not parse", () => {
    const tab = new MemoryStorage();
    const outbox = webStorageOutbox("outbox", tab);
    expect(outbox.load()).toEqual([]);
    tab.setItem("outbox", "{not json");
    expect(outbox.load()).toEqual([]);
    tab.setItem("outbox", JSON.stringify({ clientMessageId: 1 }));
    expect(outbox.load()).toEqual([]);
    tab.setItem(
      "outbox",
      JSON.stringify([
        { clientMessageId: 1, body: "ok", attachments: [], queuedAt: 5, failed: false },
        {
          clientMessageId: "2",
          body: "id is a string",
          attachments: [],
          queuedAt: 5,
          failed: false,
        },
        { clientMessageId: 3, body: 42, attachments: [], queuedAt: 5, failed: false },
        { clientMessageId: -4, body: "negative id", attachments: [], queuedAt: 5, failed: false },
        null,
      ]),
    );
    expect(outbox.load().map((row) => row.body)).toEqual(["ok"]);
  });

  it("keeps working in memory when storage refuses writes", async () => {
    const tab = new MemoryStorage();
    tab.failWrites = true;
    const h = pageLoad(tab);
    const socket = await h.connectAndOpen();
    const id = h.client.send("still sent");
    expect(socket.userMessages().map((frame) => frame.clientMessageId)).toEqual([id]);
    expect(tab.items.size).toBe(0);
  });
});

describe("createKoreClient: secrets stay out of storage", () => {
  it("never writes a sensitive message (a password) to the outbox storage", async () => {
    const tab = new MemoryStorage();
    const h = pageLoad(tab);
    h.client.send("hunter2", { renderMsg: "•••••••", sensitive: true });
    h.client.send("plain");
    expect(tab.rows().map((row) => row.body)).toEqual(["plain"]);
    const socket = await h.connectAndOpen();
    expect(socket.userMessages().map((frame) => frame.message.body)).toEqual(["hunter2", "plain"]);
  });
});
