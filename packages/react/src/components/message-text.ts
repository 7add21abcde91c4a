import type { MessagePart } from "@kore-chat/store";

/**
 * The plain text of a message's parts (text as written, a template's fallback,
 * a media part's name or URL), for user and system lines, which show no markup.
 */
export function messageText(parts: readonly MessagePart[], body?: string): string {
  const pieces: string[] = [];
  for (const part of parts) {
    switch (part.kind) {
      case "text":
        pieces.push(part.text);
        break;
      case "template":
        pieces.push(part.fallbackText);
        break;
      case "media":
        pieces.push(part.name ?? part.url);
        break;
      default:
        part satisfies never;
    }
  }
  const text = pieces.join("\n");
  return text === "" ? (body ?? "") : text;
}
