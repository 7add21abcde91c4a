import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { MessagePart } from "../normalize/message-parts.js";
import {
  addEchoedUserMessage,
  addLiveBotTurn,
  addLocalSend,
  type Conversation,
  type HistoryMessage,
  mergeHistory,
  setDeliveryStatus,
} from "./conversation.js";

/**
 * The pure merge rules under 10,000 generated interleavings (issue 5), seeded (`KORE_FUZZ_SEED`
 * picks another seed). Unlike the 2,000-run property in `conversation.test.ts`, history rows
 * come from one pool per run, so pages really overlap, repeat and arrive out of order, and some
 * rows are odd (no parts, a time of 0, a user row without body, an id a live turn also has).
 */
const numRuns = 10_000;
const seed = Number(process.env.KORE_FUZZ_SEED ?? 0x6b6f7265);
const t0 = Date.parse("2026-03-01T10:00:00Z");

const text = (value: string): MessagePart[] => [{ kind: "text", text: value }];
const body = fc.constantFrom("hi", "hello", "yes", "show carousel", "");
const at = fc.integer({ min: t0 - 900_000, max: t0 + 900_000 });

const row: fc.Arbitrary<HistoryMessage> = fc.oneof(
  {
    arbitrary: fc
      .record({ author: fc.constantFrom("user" as const, "bot" as const), body, createdAt: at })
      .map(({ author, body, createdAt }) => ({
        platformId: "",
        author,
        ...(author === "user" ? { body } : {}),
        parts: text(body),
        createdAt,
      })),
    weight: 8,
  },
  // Odd rows: nothing readable (a silent template), a lost timestamp, a user row with no body.
  {
    arbitrary: fc.constantFrom<HistoryMessage>(
      { platformId: "", author: "bot", parts: [], createdAt: t0 },
      { platformId: "", author: "bot", parts: text("hi"), createdAt: 0 },
      { platformId: "", author: "user", parts: text("hi"), createdAt: t0 },
      { platformId: "", author: "user", body: "hi", parts: [], createdAt: t0 + 1 },
    ),
    weight: 1,
  },
);

type Step =
  | { readonly op: "send"; readonly body: string; readonly at: number }
  | { readonly op: "ack"; readonly pick: number; readonly at: number }
  | { readonly op: "fail"; readonly pick: number }
  | { readonly op: "retry"; readonly pick: number }
  | {
      readonly op: "bot";
      readonly row: number;
      readonly withId: boolean;
      readonly body: string;
      readonly at: number;
    }
  | {
      readonly op: "echo";
      readonly id: number | undefined;
      readonly body: string;
      readonly at: number;
    }
  | { readonly op: "page"; readonly rows: readonly number[]; readonly twice: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("send" as const), body, at }),
  fc.record({ op: fc.constant("ack" as const), pick: fc.nat(), at }),
  fc.record({ op: fc.constant("fail" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("retry" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("bot" as const), row: fc.nat(), withId: fc.boolean(), body, at }),
  fc.record({
    op: fc.constant("echo" as const),
    id: fc.option(fc.integer({ min: 500, max: 520 }), { nil: undefined }),
    body,
    at,
  }),
  fc.record({
    op: fc.constant("page" as const),
    // Indices into the run's pool: repeats, overlaps and any order.
    rows: fc.array(fc.nat({ max: 11 }), { maxLength: 6 }),
    twice: fc.boolean(),
  }),
);

const counts = new Map<string, number>();
afterAll(() => {
  console.info(`conversation fuzz (seed ${seed}):`, Object.fromEntries(counts));
});

describe("the merge rules under fuzzing", () => {
  it("keep 10,000 interleavings free of lost, repeated and injected messages", () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 12, maxLength: 12 }),
        fc.array(step, { maxLength: 40 }),
        (poolRows, steps) => {
          runs += 1;
          const pool = poolRows.map((r, index) => ({ ...r, platformId: `ms-${index}` }));
          let c: Conversation = [];
          const sends: number[] = [];
          const acked = new Set<number>();
          const echoIds = new Set<number>();
          const merged = new Set<string>();
          const liveIds = new Set<string>();
          let idLessTurns = 0;
          let idLessEchoes = 0;
          // Collected, not `expect`ed one by one: 10,000 runs stay fast.
          const problems: string[] = [];
          for (const s of steps) {
            switch (s.op) {
              case "send": {
                const id = sends.length + 1;
                sends.push(id);
                c = addLocalSend(c, {
                  clientMessageId: id,
                  body: s.body,
                  parts: text(s.body),
                  createdAt: s.at,
                });
                break;
              }
              case "ack": {
                const id = sends[s.pick % Math.max(sends.length, 1)];
                if (id === undefined) break;
                acked.add(id);
                c = setDeliveryStatus(c, id, "delivered", undefined, s.at);
                break;
              }
              case "fail":
              case "retry": {
                const id = sends[s.pick % Math.max(sends.length, 1)];
                if (id === undefined) break;
                const before = c;
                // As the store does: only a failed message is retried.
                const current = c.find((m) => m.clientMessageId === id)?.status;
                if (s.op === "retry" && current !== "failed") break;
                c = setDeliveryStatus(c, id, s.op === "fail" ? "failed" : "pending");
                const status = c.find((m) => m.clientMessageId === id)?.status;
                // A delivery the platform confirmed is never undone.
                if (acked.has(id) && (status !== "delivered" || c !== before))
                  problems.push(`send ${id} acknowledged, then ${status}`);
                break;
              }
              case "bot": {
                // A live turn is the live side of a pool row (same id) or one only seen live.
                const source = pool[s.row % pool.length];
                const platformId = s.withId ? source?.platformId : undefined;
                if (platformId === undefined) idLessTurns += 1;
                else liveIds.add(platformId);
                c = addLiveBotTurn(c, {
                  platformId,
                  author: "bot",
                  parts: s.withId && source !== undefined ? source.parts : text(s.body),
                  createdAt: s.withId && source !== undefined ? source.createdAt : s.at,
                });
                break;
              }
              case "echo":
                if (s.id === undefined) idLessEchoes += 1;
                else echoIds.add(s.id);
                c = addEchoedUserMessage(c, {
                  clientMessageId: s.id,
                  body: s.body,
                  parts: text(s.body),
                  createdAt: s.at,
                });
                break;
              case "page": {
                const page = s.rows.flatMap((index) => {
                  const found = pool[index];
                  return found === undefined ? [] : [found];
                });
                for (const r of page) merged.add(r.platformId);
                c = mergeHistory(c, page);
                // The same page again changes nothing, not even the array.
                if (s.twice && mergeHistory(c, page) !== c) problems.push("a page merged twice");
                break;
              }
              default:
                s satisfies never;
            }
          }
          const keys = c.map((m) => m.key);
          if (new Set(keys).size !== keys.length) problems.push("a key twice");
          const ids = c.flatMap((m) => (m.platformId === undefined ? [] : [m.platformId]));
          if (new Set(ids).size !== ids.length) problems.push("a platform id twice");
          c.forEach((m, i) => {
            if (m.createdAt < (c[i - 1]?.createdAt ?? m.createdAt)) problems.push(`order at ${i}`);
          });
          const shown = (test: (message: Conversation[number]) => boolean) => c.filter(test).length;
          // Nothing lost: each send and id'd echo once, each merged row and id'd live turn once.
          for (const id of [...sends, ...echoIds]) {
            const times = shown((m) => m.clientMessageId === id);
            if (times !== 1) problems.push(`message ${id} shown ${times} times`);
          }
          for (const id of acked) {
            const status = c.find((m) => m.clientMessageId === id)?.status;
            if (status !== "delivered") problems.push(`send ${id} acknowledged, shown ${status}`);
          }
          const platformIds = new Set([...merged, ...liveIds]);
          for (const id of platformIds) {
            const times = shown((m) => m.platformId === id);
            if (times !== 1) problems.push(`${id} shown ${times} times`);
          }
          // Nothing injected: no more messages than things that happened, each from one of them.
          const sources =
            sends.length + echoIds.size + platformIds.size + idLessTurns + idLessEchoes;
          if (c.length > sources) problems.push(`${c.length} messages from ${sources} sources`);
          for (const message of c) {
            const fromSomething =
              (message.clientMessageId !== undefined &&
                (sends.includes(message.clientMessageId) ||
                  echoIds.has(message.clientMessageId))) ||
              (message.platformId !== undefined && platformIds.has(message.platformId)) ||
              message.key.startsWith("live-") ||
              message.key.startsWith("echo-");
            if (!fromSomething) problems.push(`from nowhere: ${JSON.stringify(message)}`);
          }
          if (problems.length > 0) throw new Error(problems.join("\n"));
          counts.set("messages", (counts.get("messages") ?? 0) + c.length);
          counts.set("merged rows", (counts.get("merged rows") ?? 0) + merged.size);
        },
      ),
      { numRuns, seed },
    );
    expect(runs).toBe(numRuns);
  }, 60_000);
});
