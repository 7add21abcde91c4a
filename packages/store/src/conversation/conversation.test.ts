import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessagePart } from "../normalize/message-parts.js";
import {
  addEchoedUserMessage,
  addLiveBotTurn,
  addLocalSend,
  type Conversation,
  type HistoryMessage,
  MATCH_WINDOW_MS,
  mergeHistory,
  setDeliveryStatus,
} from "./conversation.js";

const text = (value: string): MessagePart[] => [{ kind: "text", text: value }];
const t0 = Date.parse("2026-03-01T10:00:00Z");
const userRow = (id: string, body: string, at: number): HistoryMessage => ({
  platformId: id,
  author: "user",
  body,
  parts: text(body),
  createdAt: at,
});
const botRow = (id: string, value: string, at: number): HistoryMessage => ({
  platformId: id,
  author: "bot",
  parts: text(value),
  createdAt: at,
});
const summary = (conversation: Conversation) =>
  conversation.map((m) => `${m.author}:${m.parts[0]?.kind === "text" ? m.parts[0].text : "?"}`);

describe("merge rules", () => {
  it("orders by time, inserting older history before live messages", () => {
    let c = addLocalSend([], {
      clientMessageId: 1,
      body: "now",
      parts: text("now"),
      createdAt: t0,
    });
    c = mergeHistory(c, [
      botRow("ms-2", "before", t0 - 2_000),
      userRow("ms-1", "earlier", t0 - 9_000),
    ]);
    expect(summary(c)).toEqual(["user:earlier", "bot:before", "user:now"]);
  });

  it("merges the history row of a bot turn shown live (messageId = _id) instead of adding it", () => {
    let c = addLiveBotTurn([], {
      platformId: "ms-9",
      author: "bot",
      parts: text("Hi"),
      createdAt: t0,
    });
    c = mergeHistory(c, [botRow("ms-9", "Hi", t0 + 3)]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ key: "ms-9", live: true, inHistory: true });
  });

  it("merges the user's own message with its history row, which proves it delivered", () => {
    let c = addLocalSend([], {
      clientMessageId: 42,
      body: "hello",
      parts: text("hello"),
      createdAt: t0,
    });
    c = setDeliveryStatus(c, 42, "delivered");
    c = mergeHistory(c, [userRow("ms-1", "hello", t0 + 800)]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({
      key: "42",
      platformId: "ms-1",
      status: "delivered",
      inHistory: true,
    });
  });

  it("matches the same text to the closest row in time, not to an old one", () => {
    let c = addLocalSend([], { clientMessageId: 7, body: "hi", parts: text("hi"), createdAt: t0 });
    c = mergeHistory(c, [
      userRow("ms-old", "hi", t0 - 86_400_000),
      userRow("ms-new", "hi", t0 + 500),
    ]);
    expect(c.map((m) => m.platformId)).toEqual(["ms-old", "ms-new"]);
    expect(c[1]?.key).toBe("7");
  });

  it("adds a row outside the match window as a separate message", () => {
    let c = addLocalSend([], { clientMessageId: 7, body: "hi", parts: text("hi"), createdAt: t0 });
    c = setDeliveryStatus(c, 7, "delivered", undefined, t0 + 100);
    c = mergeHistory(c, [userRow("ms-1", "hi", t0 + 100 + MATCH_WINDOW_MS + 1)]);
    expect(c).toHaveLength(2);
  });

  // Found by create-chat-store.fuzz.test.ts: a send that waited offline longer than the window
  // was shown twice once the reconnect's history page carried its row.
  it("matches a send that waited offline to its late row, by the time of its ack", () => {
    let c = addLocalSend([], { clientMessageId: 7, body: "hi", parts: text("hi"), createdAt: t0 });
    const storedAt = t0 + 3 * MATCH_WINDOW_MS;
    c = setDeliveryStatus(c, 7, "delivered", undefined, storedAt + 20);
    c = mergeHistory(c, [userRow("ms-1", "hi", storedAt)]);
    expect(c).toMatchObject([{ key: "7", platformId: "ms-1", createdAt: t0 }]);
  });

  it("matches a send still pending to a later row: its ack may be on the way", () => {
    let c = addLocalSend([], { clientMessageId: 7, body: "hi", parts: text("hi"), createdAt: t0 });
    c = mergeHistory(c, [
      userRow("ms-0", "hi", t0 - MATCH_WINDOW_MS - 1),
      userRow("ms-1", "hi", t0 + 3 * MATCH_WINDOW_MS),
    ]);
    expect(c).toMatchObject([
      { key: "ms-0", platformId: "ms-0" },
      { key: "7", platformId: "ms-1", status: "delivered" },
    ]);
  });

  it("adds a user_message echo of another session as the user's own", () => {
    const c = addEchoedUserMessage([], {
      clientMessageId: 99,
      body: "from my phone",
      parts: text("from my phone"),
      createdAt: t0,
    });
    expect(c[0]).toMatchObject({ author: "user", key: "99", live: true, status: "delivered" });
    expect(
      addEchoedUserMessage(c, {
        clientMessageId: 99,
        body: "from my phone",
        parts: text("from my phone"),
        createdAt: t0,
      }),
    ).toBe(c);
  });

  it("does not add an echo or a live bot turn that history already showed", () => {
    let c = mergeHistory(
      [],
      [userRow("ms-1", "typed elsewhere", t0), botRow("ms-2", "reply", t0 + 50)],
    );
    c = addEchoedUserMessage(c, {
      clientMessageId: 5,
      body: "typed elsewhere",
      parts: text("typed elsewhere"),
      createdAt: t0 + 300,
    });
    c = addLiveBotTurn(c, { author: "bot", parts: text("reply"), createdAt: t0 + 400 });
    expect(summary(c)).toEqual(["user:typed elsewhere", "bot:reply"]);
    expect(c.every((m) => m.live && m.inHistory)).toBe(true);
  });

  it("adds nothing twice when pages overlap or repeat a row", () => {
    const page1 = [botRow("ms-3", "c", t0 + 3), botRow("ms-2", "b", t0 + 2)];
    const page2 = [
      botRow("ms-2", "b", t0 + 2),
      botRow("ms-1", "a", t0 + 1),
      botRow("ms-1", "a", t0 + 1),
    ];
    const once = mergeHistory(mergeHistory([], page1), page2);
    expect(summary(once)).toEqual(["bot:a", "bot:b", "bot:c"]);
    expect(mergeHistory(once, page2)).toBe(once);
  });

  it("keeps a live event that arrived while a history request was in flight", () => {
    let c = mergeHistory([], [botRow("ms-1", "old", t0 - 10_000)]);
    c = addLiveBotTurn(c, {
      platformId: "ms-5",
      author: "bot",
      parts: text("arrived meanwhile"),
      createdAt: t0,
    });
    c = mergeHistory(c, [botRow("ms-1", "old", t0 - 10_000)]);
    expect(summary(c)).toEqual(["bot:old", "bot:arrived meanwhile"]);
    c = mergeHistory(c, [botRow("ms-5", "arrived meanwhile", t0)]);
    expect(c).toHaveLength(2);
  });
});

describe("delivery status", () => {
  it("goes pending → delivered, or failed and back to pending on retry", () => {
    let c = addLocalSend([], { clientMessageId: 1, body: "x", parts: text("x"), createdAt: t0 });
    expect(c[0]?.status).toBe("pending");
    c = setDeliveryStatus(c, 1, "failed", "no ack");
    expect(c[0]).toMatchObject({ status: "failed", failureReason: "no ack" });
    c = setDeliveryStatus(c, 1, "pending");
    c = setDeliveryStatus(c, 1, "delivered");
    expect(c[0]?.status).toBe("delivered");
  });

  it("never lets a late failure undo a delivery", () => {
    let c = addLocalSend([], { clientMessageId: 1, body: "x", parts: text("x"), createdAt: t0 });
    c = setDeliveryStatus(c, 1, "delivered");
    expect(setDeliveryStatus(c, 1, "failed")).toBe(c);
  });

  it("ignores ids it does not know, and never un-delivers an echo", () => {
    const c = addEchoedUserMessage([], {
      clientMessageId: 3,
      body: "x",
      parts: text("x"),
      createdAt: t0,
    });
    expect(setDeliveryStatus(c, 3, "failed")).toBe(c);
    expect(setDeliveryStatus(c, 4, "delivered")).toBe(c);
  });
});

describe("invariants under any sequence of events", () => {
  type Step =
    | { op: "send"; id: number; body: string; at: number }
    | { op: "ack"; id: number }
    | { op: "bot"; platformId: string | undefined; body: string; at: number }
    | { op: "echo"; id: number; body: string; at: number }
    | { op: "history"; rows: HistoryMessage[] };

  const body = fc.constantFrom("hi", "hello", "yes", "no", "show carousel");
  const at = fc.integer({ min: t0 - 600_000, max: t0 + 600_000 });
  const platformId = fc.integer({ min: 1, max: 30 }).map((n) => `ms-${n}`);
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({ op: fc.constant("send" as const), id: fc.integer({ min: 1, max: 50 }), body, at }),
    fc.record({ op: fc.constant("ack" as const), id: fc.integer({ min: 1, max: 50 }) }),
    fc.record({
      op: fc.constant("bot" as const),
      platformId: fc.option(platformId, { nil: undefined }),
      body,
      at,
    }),
    fc.record({ op: fc.constant("echo" as const), id: fc.integer({ min: 51, max: 99 }), body, at }),
    fc.record({
      op: fc.constant("history" as const),
      rows: fc.array(
        fc
          .record({
            platformId,
            author: fc.constantFrom("user" as const, "bot" as const),
            body,
            createdAt: at,
          })
          .map((row): HistoryMessage => ({ ...row, parts: text(row.body) })),
        { maxLength: 8 },
      ),
    }),
  );

  it("keeps keys unique, platform ids unique, order by time, and every send exactly once", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let c: Conversation = [];
        const sent = new Set<number>();
        for (const s of steps) {
          if (s.op === "send" && !sent.has(s.id)) {
            sent.add(s.id);
            c = addLocalSend(c, {
              clientMessageId: s.id,
              body: s.body,
              parts: text(s.body),
              createdAt: s.at,
            });
          } else if (s.op === "ack") c = setDeliveryStatus(c, s.id, "delivered");
          else if (s.op === "bot")
            c = addLiveBotTurn(c, {
              platformId: s.platformId,
              author: "bot",
              parts: text(s.body),
              createdAt: s.at,
            });
          else if (s.op === "echo")
            c = addEchoedUserMessage(c, {
              clientMessageId: s.id,
              body: s.body,
              parts: text(s.body),
              createdAt: s.at,
            });
          else if (s.op === "history") c = mergeHistory(c, s.rows);
        }
        const keys = c.map((m) => m.key);
        expect(new Set(keys).size).toBe(keys.length);
        const ids = c.flatMap((m) => (m.platformId === undefined ? [] : [m.platformId]));
        expect(new Set(ids).size).toBe(ids.length);
        c.forEach((m, i) => {
          if (i > 0) expect(m.createdAt).toBeGreaterThanOrEqual(c[i - 1]?.createdAt ?? 0);
        });
        for (const id of sent) {
          expect(c.filter((m) => m.clientMessageId === id)).toHaveLength(1);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
