import type { ChatMessage } from "@kore-chat/store";
import type { KoreChatStrings } from "../i18n/strings.js";
import { fullDateTime, isKnownTime } from "./message-time.js";

/**
 * The conversation as plain text (system lines left out), one paragraph a message: its time in full, who said it
 * ("You said:", "Bot said:", "Agent said:" in the widget's language) and its text (a
 * template's fallback text, a file's name). Built locally; nothing is sent anywhere.
 *
 * @example
 * conversationTranscript(messages, englishStrings, "en");
 * // "Tuesday, December 1, 2026 at 9:30 AM — You said: hi\n\n…"
 */
export function conversationTranscript(
  messages: readonly ChatMessage[],
  strings: KoreChatStrings,
  locale: string,
): string {
  const said = { user: strings.youSaid, bot: strings.botSaid, agent: strings.agentSaid };
  const paragraphs = messages.map((message) => {
    const text = message.parts
      .map((part) =>
        part.kind === "text"
          ? part.text
          : part.kind === "template"
            ? part.fallbackText
            : (part.name ?? part.url),
      )
      .join("\n")
      .trim();
    const time = isKnownTime(message.createdAt)
      ? `${fullDateTime(message.createdAt, locale)} — `
      : "";
    return text === "" || message.author === "system"
      ? ""
      : `${time}${said[message.author]} ${text}`;
  });
  return `${paragraphs.filter((paragraph) => paragraph !== "").join("\n\n")}\n`;
}

/** Saves `text` as a file the browser downloads (a blob URL: no request, allowed by a strict CSP). */
export function downloadTextFile(text: string, fileName: string, within: Document): void {
  const view = within.defaultView;
  if (view === null) return;
  const link = within.createElement("a");
  link.href = view.URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  link.download = fileName;
  link.click();
  view.setTimeout(() => view.URL.revokeObjectURL(link.href), 10_000);
}
