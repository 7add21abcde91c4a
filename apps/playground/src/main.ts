import {
  type BotResponseFrame,
  type ConnectionStatus,
  createKoreClient,
  type HistoryRow,
} from "@kore-chat/transport";

// A plain page on the transport alone; the React widget replaces it (issue: widget).
const config = (
  window as { KORE_PLAYGROUND?: { apiHost: string; chatBot: string; taskBotId: string } }
).KORE_PLAYGROUND ?? {
  apiHost: import.meta.env.VITE_KORE_API_HOST as string,
  chatBot: import.meta.env.VITE_KORE_CHAT_BOT as string,
  taskBotId: import.meta.env.VITE_KORE_TASK_BOT_ID as string,
};

const root = document.querySelector<HTMLElement>("[data-kore-chat]");
const log = document.querySelector<HTMLOListElement>("#log");
const status = document.querySelector<HTMLElement>("#status");
const banner = document.querySelector<HTMLElement>("#banner");
const form = document.querySelector<HTMLFormElement>("#composer");
const input = document.querySelector<HTMLInputElement>("#message");
if (!root || !log || !status || !banner || !form || !input) {
  throw new Error("playground markup is missing");
}

const identity = new URLSearchParams(location.search).get("user") ?? "demo-user@example.com";
const client = createKoreClient({
  apiHost: config.apiHost,
  botInfo: { chatBot: config.chatBot, taskBotId: config.taskBotId },
  jwtUrl: "/demo/jwt",
  jwtRequestBody: { identity },
  logger: console,
});

type Author = "user" | "bot" | "agent" | "system";
type Placement = "append" | "prepend";

// A bot turn without a messageId still needs a key (the DOM contract keys every message).
let localIds = 0;

function findMessage(id: string | number): HTMLElement | null {
  return log?.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(String(id))}"]`) ?? null;
}

/** Adds a message unless one with this id is already shown; returns the element either way. */
function add(
  author: Author,
  text: string,
  id: string | number = `local-${++localIds}`,
  placement: Placement = "append",
): HTMLElement {
  const existing = findMessage(id);
  if (existing) return existing;
  const item = document.createElement("li");
  item.dataset.author = author;
  item.dataset.messageId = String(id);
  item.textContent = text; // text only: bot content is never HTML
  log?.[placement](item);
  if (placement === "append") item.scrollIntoView({ block: "end" });
  return item;
}

const BANNER_TEXT: Partial<Record<ConnectionStatus, string>> = {
  reconnecting: "Reconnecting…",
  offline: "Offline — messages will be sent when you're back",
  failed: "Can't connect to the chat",
};

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
  root.dataset.connection = next;
  status.textContent = next;
  banner.textContent = BANNER_TEXT[next] ?? "";
});
client.on("bot_response", (turn) => {
  add("bot", turn.message.map(textOfPart).join("\n"), turn.messageId);
});
client.on("user_message", (echo) => {
  // Sent from another tab of this user; `id` is its clientMessageId, so it shows once.
  const item = add("user", echo.message.body, echo.id);
  item.dataset.status = "delivered";
});
client.on("ack", (ack) => {
  const item = findMessage(ack.replyto);
  if (item) item.dataset.status = ack.ok ? "delivered" : "failed";
});
client.on("send_failed", (failure) => {
  const item = findMessage(failure.clientMessageId);
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
      const author = row.type === "incoming" ? "user" : "bot";
      const item = add(author, textOfRow(row), row._id, "prepend");
      if (author === "user") item.dataset.status = "delivered";
    }
  },
  (error: unknown) => console.warn("history failed", error),
);
