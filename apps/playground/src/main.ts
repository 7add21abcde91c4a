import { type BotResponseFrame, createKoreClient, type HistoryRow } from "@kore-chat/transport";

// A plain page on the transport alone; the React widget replaces it (issue: widget).
const config = (
  window as { KORE_PLAYGROUND?: { apiHost: string; chatBot: string; taskBotId: string } }
).KORE_PLAYGROUND ?? {
  apiHost: import.meta.env.VITE_KORE_API_HOST as string,
  chatBot: import.meta.env.VITE_KORE_CHAT_BOT as string,
  taskBotId: import.meta.env.VITE_KORE_TASK_BOT_ID as string,
};

const log = document.querySelector<HTMLOListElement>("#log");
const status = document.querySelector<HTMLElement>("#status");
const form = document.querySelector<HTMLFormElement>("#composer");
const input = document.querySelector<HTMLInputElement>("#message");
if (!log || !status || !form || !input) throw new Error("playground markup is missing");

const identity = new URLSearchParams(location.search).get("user") ?? "demo-user@example.com";
const client = createKoreClient({
  apiHost: config.apiHost,
  botInfo: { chatBot: config.chatBot, taskBotId: config.taskBotId },
  jwtUrl: "/demo/jwt",
  jwtRequestBody: { identity },
  logger: console,
});

function add(author: string, text: string, id?: string | number): HTMLLIElement {
  const item = document.createElement("li");
  item.dataset.author = author;
  if (id !== undefined) item.dataset.messageId = String(id);
  item.textContent = text; // text only: bot content is never HTML
  log?.append(item);
  item.scrollIntoView({ block: "end" });
  return item;
}

// Live parts and history rows carry templates as a JSON string; show their kind and text.
function describeBody(body: unknown): string {
  if (typeof body !== "string") return "[unsupported message]";
  try {
    const parsed = JSON.parse(body) as { payload?: { text?: string; template_type?: string } };
    if (typeof parsed !== "object" || parsed === null) return body;
    return `[${parsed.payload?.template_type ?? "template"}] ${parsed.payload?.text ?? ""}`;
  } catch {
    return body;
  }
}

const textOfPart = (part: BotResponseFrame["message"][number]) =>
  describeBody((part.cInfo as { body?: unknown } | undefined)?.body);

const textOfRow = (row: HistoryRow) =>
  row.components.map((component) => describeBody(component.data?.text)).join("\n");

client.on("status", ({ status: next }) => {
  status.textContent = next;
  status.dataset.connection = next;
});
client.on("bot_response", (turn) => {
  add("bot", turn.message.map(textOfPart).join("\n"), turn.messageId);
});
client.on("user_message", (echo) => {
  add("user", echo.message.body, echo.id).dataset.status = "delivered";
});
client.on("ack", (ack) => {
  const item = log.querySelector<HTMLElement>(`[data-message-id="${ack.replyto}"]`);
  if (item) item.dataset.status = ack.ok ? "delivered" : "failed";
});
client.on("send_failed", (failure) => {
  const item = log.querySelector<HTMLElement>(`[data-message-id="${failure.clientMessageId}"]`);
  if (item) item.dataset.status = "failed";
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text === "") return;
  input.value = "";
  const id = client.send(text);
  add("user", text, id).dataset.status = "pending";
});

client.connect();
client.fetchHistory({ limit: 20 }).then(
  (page) => {
    // Newest first: prepending each in turn leaves the oldest on top.
    for (const row of page.messages) {
      const item = add(row.type === "incoming" ? "user" : "bot", textOfRow(row), row._id);
      log.prepend(item);
    }
  },
  (error: unknown) => console.warn("history failed", error),
);
