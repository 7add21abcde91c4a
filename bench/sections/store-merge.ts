import {
  createChatStore,
  type HistoryMessage,
  mergeHistory,
  toHistoryMessage,
} from "@kore-chat/store";
import { FakeKoreClient, historyPage } from "@kore-chat/store/testing";
import type { Metric, SectionResult } from "../support/metric.js";
import { sampleSync } from "../support/stats.js";

const section = "Store merge (Node)";
const SAMPLES = 200;

type Row = Parameters<typeof historyPage>[0][number];

/** `count` history rows ending at `endAt`, a minute apart, ids prefixed `prefix`. */
function rows(prefix: string, count: number, endAt: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    type: index % 2 === 0 ? ("incoming" as const) : ("outgoing" as const),
    text: `${prefix} message ${index}: some words about the order and its delivery.`,
    at: endAt - (count - index) * 60_000,
  }));
}

/**
 * The store's merge rules at conversation scale, in Node: a 100-row history page into a
 * 10,000-message conversation (as "Load earlier" does), and one live event into it.
 */
export async function measureStoreMerge(): Promise<SectionResult> {
  const now = Date.UTC(2026, 0, 1);
  const conversationRows = rows("m", 10_000, now);
  const base = mergeHistory([], historyPage(conversationRows).messages.map(toHistoryMessage));
  // An older page: 100 rows before the oldest message, all new (the "Load earlier" case).
  const olderPage = historyPage(rows("older", 100, now - 10_000 * 60_000));
  const olderMessages: HistoryMessage[] = olderPage.messages.map(toHistoryMessage);
  // The newest page again after a reconnect: 100 rows all already shown.
  const newestPage = historyPage(conversationRows.slice(-100));

  const metrics: Metric[] = [
    {
      section,
      name: "100-row page (older) into 10,000: normalize + merge",
      unit: "ms",
      value: sampleSync(
        () => mergeHistory(base, olderPage.messages.map(toHistoryMessage)),
        SAMPLES,
      ),
      target: { max: 2 },
    },
    {
      section,
      name: "  of which mergeHistory alone",
      unit: "ms",
      value: sampleSync(() => mergeHistory(base, olderMessages), SAMPLES),
    },
    {
      section,
      name: "100-row page already shown (refetch) into 10,000",
      unit: "ms",
      value: sampleSync(
        () => mergeHistory(base, newestPage.messages.map(toHistoryMessage)),
        SAMPLES,
      ),
      target: { max: 2 },
    },
  ];

  // Through the store: a client double answers one 10,000-row page, then live events arrive.
  const client = new FakeKoreClient();
  client.answerHistory = async () => historyPage(conversationRows);
  const store = createChatStore({ client, historyPageSize: 10_000 });
  await store.actions.loadEarlier();
  if (store.getState().messages.length !== 10_000) throw new Error("store did not load 10,000");
  let sequence = 0;
  const liveTurn = (withId: boolean) => () => {
    sequence += 1;
    client.emit("bot_response", {
      type: "bot_response",
      ...(withId ? { messageId: `ms-live-${sequence}` } : {}),
      createdOn: new Date(now + sequence * 1000).toISOString(),
      message: [
        {
          type: "text",
          component: { type: "text", payload: { text: `Live turn ${sequence}` } },
          cInfo: { body: `Live turn ${sequence}` },
        },
      ],
    });
  };
  metrics.push(
    {
      section,
      name: "live bot turn (with messageId) into 10,000 via the store",
      unit: "ms",
      value: sampleSync(liveTurn(true), SAMPLES),
      target: { max: 2 },
    },
    {
      section,
      name: "live bot turn without messageId (matched by content)",
      unit: "ms",
      value: sampleSync(liveTurn(false), SAMPLES),
      target: { max: 2 },
      note: `conversation grew to ${store.getState().messages.length.toLocaleString("en")} while sampling`,
    },
  );
  store.destroy();
  return { metrics };
}
