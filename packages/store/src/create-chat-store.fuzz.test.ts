import type { HistoryPage, Scheduler } from "@kore-chat/transport";
import { decodeHistoryPage } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import type FakeTimers from "@sinonjs/fake-timers";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { ChatMessage } from "./conversation/chat-message.js";
import { contentSignature } from "./conversation/conversation.js";
import { createChatStore } from "./create-chat-store.js";
import { normalizeBotTurn } from "./normalize/index.js";
import { FakeKoreClient, historyPage } from "./testing/fake-kore-client.js";

/**
 * Fuzzing the whole store (issue 5, "nothing lost, nothing duplicated, nothing injected"):
 * 10,000 generated sessions, seeded (`KORE_FUZZ_SEED` picks another seed). A small platform model
 * keeps the truth (what was sent, what it stored, what it pushed live); the store sees it only
 * through a `FakeKoreClient`: sends, acks (lost, repeated, refused), give-ups and retries, live
 * bot turns (missed, repeated, with or without `messageId` / `createdOn`), echoes of another
 * session, and history pages (overlapping, repeated, out of order, failing, with unreadable
 * rows), on a fake clock that also jumps minutes (a send queued offline).
 */
const numRuns = 10_000;
const seed = Number(process.env.KORE_FUZZ_SEED ?? 0x6b6f7265);
const t0 = Date.parse("2026-03-01T10:00:00Z");

// Few distinct texts, so the content matching (no ids for user messages) is stressed.
const userBodies = ["hi", "yes", "show carousel", "<b>hi</b>", " padded "] as const;
const botParts = [
  {
    type: "text",
    component: { type: "text", payload: { text: "Hello!" } },
    cInfo: { body: "Hello!" },
  },
  { type: "text", cInfo: { body: "You said: hi" } },
  {
    type: "text",
    component: {
      type: "template",
      payload: {
        type: "template",
        payload: { template_type: "button", text: "Pick", buttons: [] },
      },
    },
    cInfo: {
      body: '{"type":"template","payload":{"template_type":"button","text":"Pick","buttons":[]}}',
    },
  },
] as const;
/** What history stores for each bot part: its `cInfo.body`. */
const botRowTexts = botParts.map((part) => part.cInfo.body);

type PageFault = "none" | "repeat-rows" | "shuffle" | "error" | "unreadable-row";

type Step =
  | { readonly op: "send"; readonly body: number }
  | {
      readonly op: "deliver";
      readonly pick: number;
      readonly ack: "ack" | "lost" | "twice" | "refused";
    }
  | { readonly op: "give-up"; readonly pick: number }
  | { readonly op: "retry"; readonly pick: number }
  | {
      readonly op: "bot";
      readonly part: number;
      readonly messageId: boolean;
      readonly createdOn: "server" | "missing" | "garbage";
      readonly live: "once" | "missed" | "twice";
    }
  | {
      readonly op: "echo";
      readonly body: number;
      readonly withId: boolean;
      readonly live: "once" | "missed" | "twice";
    }
  | { readonly op: "own-echo"; readonly pick: number }
  | { readonly op: "load-earlier"; readonly fault: PageFault }
  | { readonly op: "reconnect"; readonly fault: PageFault }
  | { readonly op: "tick"; readonly ms: number };

const pageFault = fc.constantFrom<PageFault>(
  "none",
  "none",
  "repeat-rows",
  "shuffle",
  "error",
  "unreadable-row",
);
const liveFate = fc.constantFrom(
  "once" as const,
  "once" as const,
  "once" as const,
  "missed" as const,
  "twice" as const,
);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({ op: fc.constant("send" as const), body: fc.nat(userBodies.length - 1) }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("deliver" as const),
      pick: fc.nat(),
      ack: fc.constantFrom(
        "ack" as const,
        "ack" as const,
        "lost" as const,
        "twice" as const,
        "refused" as const,
      ),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant("give-up" as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("retry" as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant("bot" as const),
      part: fc.nat(botParts.length - 1),
      // The platform always sends one of the two; a frame with neither cannot be matched.
      messageId: fc.boolean(),
      createdOn: fc.constantFrom(
        "server" as const,
        "server" as const,
        "missing" as const,
        "garbage" as const,
      ),
      live: liveFate,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("echo" as const),
      body: fc.nat(userBodies.length - 1),
      withId: fc.boolean(),
      live: liveFate,
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant("own-echo" as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant("load-earlier" as const), fault: pageFault }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant("reconnect" as const), fault: pageFault }), weight: 2 },
  {
    arbitrary: fc.record({
      op: fc.constant("tick" as const),
      // Mostly seconds; sometimes the minutes a message waits in the offline queue.
      ms: fc.oneof(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 60_000, max: 15 * 60_000 }),
      ),
    }),
    weight: 3,
  },
);

/** A row as the platform stores it (PROTOCOL.md §5); `unreadable` rows fail the row schema. */
interface StoredRow {
  readonly _id: string;
  readonly type: "incoming" | "outgoing";
  readonly text: string;
  readonly at: number;
  readonly unreadable?: true;
}

/** One message of the world, and how the client may know it. */
interface WorldMessage {
  readonly author: "user" | "bot";
  /** The class a message is recognised by when no id ties two sightings together. */
  readonly signature: string;
  rowId: string | undefined;
  /** Seen live by this session (its own send, a live frame, an echo). */
  seenLive: boolean;
}

interface Session {
  readonly clock: FakeTimers.Clock;
  readonly client: FakeKoreClient;
  readonly serverSkewMs: number;
  readonly rows: StoredRow[];
  readonly world: WorldMessage[];
  /** This session's sends: id → the world message, and whether the platform has it. */
  readonly sends: Map<number, { message: WorldMessage; stored: boolean; refused: boolean }>;
  readonly servedRowIds: Set<string>;
  readonly ackedIds: Set<number>;
  nextPageFault: PageFault;
  nextRow: number;
}

const serverNow = (session: Session) => session.clock.now + session.serverSkewMs;

function storeRow(session: Session, row: Omit<StoredRow, "_id" | "at">, id?: string): StoredRow {
  session.nextRow += 1;
  const stored = { ...row, _id: id ?? `ms-${session.nextRow}`, at: serverNow(session) };
  session.rows.push(stored);
  return stored;
}

/** The platform's answer to `fetchHistory`: newest first, then the fault of the moment. */
function answerHistory(session: Session, offset: number, limit: number): Promise<HistoryPage> {
  const fault = session.nextPageFault;
  session.nextPageFault = "none";
  if (fault === "error") return Promise.reject(new Error("history answered 503"));
  const newestFirst = session.rows.slice().sort((a, b) => b.at - a.at);
  let slice = newestFirst.slice(offset, offset + limit);
  if (fault === "repeat-rows") slice = [...slice, ...slice.slice(0, 2)];
  if (fault === "shuffle") slice = slice.slice().reverse();
  if (fault === "unreadable-row" && slice.length > 0) {
    slice = [{ ...(slice[0] as StoredRow), unreadable: true as const }, ...slice.slice(1)];
  }
  const wire = {
    total: newestFirst.length,
    moreAvailable: offset + limit < newestFirst.length,
    messages: slice.map((row) => ({
      _id: row._id,
      // Not a type the row schema knows: the client drops the row and counts it.
      type: row.unreadable === true ? "system" : row.type,
      components: [{ cT: "text", data: { text: row.text } }],
      timestampValue: row.at,
      createdOn: new Date(row.at).toISOString(),
    })),
  };
  // What the real client does with the response body.
  const page = decodeHistoryPage(JSON.parse(JSON.stringify(wire)));
  if ("error" in page) return Promise.reject(new Error(page.error));
  for (const row of page.messages) session.servedRowIds.add(row._id);
  return Promise.resolve(page);
}

const settle = async () => {
  for (let turn = 0; turn < 12; turn += 1) await Promise.resolve();
};

function pick<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

async function run(session: Session, scheduler: Scheduler, steps: readonly Step[]) {
  const { client, clock } = session;
  const store = createChatStore({ client, scheduler, historyPageSize: 5 });
  await settle();
  const undelivered = () => [...session.sends].filter(([, send]) => !send.stored && !send.refused);
  for (const s of steps) {
    switch (s.op) {
      case "send": {
        const body = userBodies[s.body] ?? "hi";
        store.actions.send(body);
        const sent = client.sent[client.sent.length - 1];
        if (sent === undefined) throw new Error("the store did not send");
        const message: WorldMessage = {
          author: "user",
          signature: `user:${body}`,
          rowId: undefined,
          seenLive: true,
        };
        session.world.push(message);
        session.sends.set(sent.id, { message, stored: false, refused: false });
        break;
      }
      case "deliver": {
        const [id, send] = pick(undelivered(), s.pick) ?? [];
        if (id === undefined || send === undefined) break;
        if (s.ack === "refused") {
          send.refused = true;
          client.emit("ack", { type: "ack", ok: false, replyto: id });
          break;
        }
        const row = storeRow(session, { type: "incoming", text: send.message.signature.slice(5) });
        send.message.rowId = row._id;
        send.stored = true;
        if (s.ack === "lost") break;
        session.ackedIds.add(id);
        client.emit("ack", { type: "ack", ok: true, replyto: id });
        if (s.ack === "twice") client.emit("ack", { type: "ack", ok: true, replyto: id });
        break;
      }
      case "give-up": {
        const [id] = pick(undelivered(), s.pick) ?? [];
        if (id !== undefined) client.emit("send_failed", { clientMessageId: id, reason: "no ack" });
        break;
      }
      case "retry": {
        const failed = store.getState().messages.filter((m) => m.status === "failed");
        const message = pick(failed, s.pick);
        if (message === undefined || message.clientMessageId === undefined) break;
        const send = session.sends.get(message.clientMessageId);
        if (send !== undefined) send.refused = false;
        store.actions.retry(message.key);
        break;
      }
      case "bot": {
        // A message this session never saw live can be told from a same-text one it did see
        // only by an id, and id-less matching is the point here: what it missed says something new.
        const missedText = `missed ${session.nextRow}`;
        const part =
          s.live === "missed"
            ? { type: "text", cInfo: { body: missedText } }
            : (botParts[s.part] ?? botParts[0]);
        const rowText = s.live === "missed" ? missedText : (botRowTexts[s.part] ?? "");
        const row = storeRow(session, { type: "outgoing", text: rowText });
        const parts = normalizeBotTurn([part]);
        const message: WorldMessage = {
          author: "bot",
          signature: `bot:${contentSignature(parts)}`,
          rowId: row._id,
          seenLive: s.live !== "missed",
        };
        session.world.push(message);
        if (s.live === "missed") break;
        // Real frames carry both `messageId` and `createdOn`; without either, or sent twice without
        // an id, a turn cannot be told from the bot saying the same thing again.
        const withId = s.messageId || s.createdOn !== "server" || s.live === "twice";
        const createdOn =
          s.createdOn === "server"
            ? { createdOn: new Date(row.at).toISOString() }
            : s.createdOn === "garbage"
              ? { createdOn: "yesterday-ish" }
              : {};
        const frame = {
          type: "bot_response" as const,
          ...(withId ? { messageId: row._id } : {}),
          ...createdOn,
          message: [part],
        };
        client.emit("bot_response", frame);
        if (s.live === "twice") client.emit("bot_response", frame);
        break;
      }
      case "echo": {
        // As for bot turns: what this session missed says something it has not seen.
        const body =
          s.live === "missed" ? `elsewhere ${session.nextRow}` : (userBodies[s.body] ?? "hi");
        const row = storeRow(session, { type: "incoming", text: body });
        session.world.push({
          author: "user",
          signature: `user:${body}`,
          rowId: row._id,
          seenLive: s.live !== "missed",
        });
        if (s.live === "missed") break;
        session.nextRow += 1;
        const frame = {
          type: "user_message" as const,
          from: "self",
          // Another session's ids: never one of ours.
          // Twice without an id would be the user typing it twice over there.
          ...(s.withId || s.live === "twice" ? { id: 1_000_000 + session.nextRow } : {}),
          message: { body },
        };
        client.emit("user_message", frame);
        if (s.live === "twice") client.emit("user_message", frame);
        break;
      }
      case "own-echo": {
        const [id, send] =
          pick(
            [...session.sends].filter(([, x]) => x.stored),
            s.pick,
          ) ?? [];
        if (id === undefined || send === undefined) break;
        client.emit("user_message", {
          type: "user_message",
          from: "self",
          id,
          message: { body: send.message.signature.slice(5) },
        });
        break;
      }
      case "load-earlier":
        session.nextPageFault = s.fault;
        void store.actions.loadEarlier();
        break;
      case "reconnect":
        session.nextPageFault = s.fault;
        client.emit("status", { status: "reconnecting", previous: "open", reconnected: false });
        client.emit("status", { status: "open", previous: "reconnecting", reconnected: true });
        break;
      case "tick":
        clock.tick(s.ms);
        break;
      default:
        s satisfies never;
    }
    await settle();
  }
  // Let the pager's retries finish.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    clock.tick(5_000);
    await settle();
  }
  const messages = store.getState().messages;
  store.destroy();
  return messages;
}

/** Everything wrong with the final conversation, as sentences. */
function problemsOf(session: Session, messages: readonly ChatMessage[]): string[] {
  const problems: string[] = [];
  const keys = messages.map((m) => m.key);
  if (new Set(keys).size !== keys.length) problems.push("a message key appears twice");
  const ids = messages.flatMap((m) => (m.platformId === undefined ? [] : [m.platformId]));
  if (new Set(ids).size !== ids.length) problems.push("a platform id appears twice");
  messages.forEach((m, index) => {
    const previous = messages[index - 1];
    if (previous !== undefined && m.createdAt < previous.createdAt)
      problems.push(`out of time order at ${index}`);
  });
  // Every send exactly once, with the right status.
  for (const id of session.sends.keys()) {
    const shown = messages.filter((m) => m.clientMessageId === id);
    if (shown.length !== 1) {
      problems.push(`send ${id} shown ${shown.length} times`);
      continue;
    }
    // (A served row proves a delivery too, but of the same text it may tie to a twin message.)
    const status = shown[0]?.status;
    if (session.ackedIds.has(id) && status !== "delivered")
      problems.push(`send ${id} acknowledged but shown ${status}`);
  }
  // Every row a page carried, once.
  for (const rowId of session.servedRowIds) {
    const shown = messages.filter((m) => m.platformId === rowId).length;
    if (shown !== 1) problems.push(`row ${rowId} shown ${shown} times`);
  }
  // Nothing lost, duplicated or injected: per kind of message, as many as the world has.
  const expected = new Map<string, number>();
  for (const message of session.world) {
    const known =
      message.seenLive || (message.rowId !== undefined && session.servedRowIds.has(message.rowId));
    if (known) expected.set(message.signature, (expected.get(message.signature) ?? 0) + 1);
  }
  const actual = new Map<string, number>();
  for (const message of messages) {
    const signature =
      message.author === "user"
        ? `user:${message.body ?? ""}`
        : `${message.author}:${contentSignature(message.parts)}`;
    actual.set(signature, (actual.get(signature) ?? 0) + 1);
  }
  for (const signature of new Set([...expected.keys(), ...actual.keys()])) {
    const want = expected.get(signature) ?? 0;
    const got = actual.get(signature) ?? 0;
    if (want !== got)
      problems.push(`${JSON.stringify(signature)}: ${got} shown, ${want} in the world`);
  }
  return problems;
}

const outcomes = new Map<string, number>();
afterAll(() => {
  console.info(`chat store fuzz (seed ${seed}):`, Object.fromEntries(outcomes));
});

describe("the chat store under fuzzing", () => {
  // The fuzzer's first find, pinned: the message was shown twice.
  it("shows a message once that waited offline longer than the match window", async () => {
    const { clock, scheduler } = createFakeScheduler(t0);
    const client = new FakeKoreClient();
    const store = createChatStore({ client, scheduler });
    await settle();
    const key = store.actions.send("hi");
    clock.tick(6 * 60_000);
    // Back online: the outbox sends it, the platform stores and acknowledges it…
    client.emit("ack", { type: "ack", ok: true, replyto: Number(key) });
    client.answerHistory = async () =>
      historyPage([{ id: "ms-1", type: "incoming", text: "hi", at: clock.now }]);
    // …and the reconnect's history page carries its row.
    client.emit("status", { status: "open", previous: "reconnecting", reconnected: true });
    await settle();
    expect(store.getState().messages).toMatchObject([
      { key, platformId: "ms-1", status: "delivered" },
    ]);
    store.destroy();
  });

  it("shows 10,000 generated sessions with nothing lost, duplicated or injected", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -90_000, max: 90_000 }),
        async (steps, serverSkewMs) => {
          runs += 1;
          const { clock, scheduler } = createFakeScheduler(t0);
          const client = new FakeKoreClient();
          const session: Session = {
            clock,
            client,
            serverSkewMs,
            rows: [],
            world: [],
            sends: new Map(),
            servedRowIds: new Set(),
            ackedIds: new Set(),
            nextPageFault: "none",
            nextRow: 0,
          };
          client.answerHistory = ({ offset, limit }) => answerHistory(session, offset, limit);
          const messages = await run(session, scheduler, steps);
          const problems = problemsOf(session, messages);
          if (problems.length > 0) {
            throw new Error(
              `${problems.join("\n")}\n${JSON.stringify(messages.map((m) => [m.key, m.author, m.body ?? contentSignature(m.parts), m.createdAt - t0, m.platformId, m.status]))}`,
            );
          }
          for (const message of messages) {
            const kind =
              message.live && message.inHistory
                ? "live+history"
                : message.live
                  ? "live only"
                  : "history only";
            outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
          }
          outcomes.set("messages", (outcomes.get("messages") ?? 0) + messages.length);
        },
      ),
      { numRuns, seed },
    );
    expect(runs).toBeGreaterThanOrEqual(numRuns);
    // Every way a message can be known is reached, so no check above is vacuous.
    for (const kind of ["live+history", "live only", "history only"]) {
      expect(outcomes.get(kind)).toBeGreaterThan(0);
    }
  }, 120_000);
});
