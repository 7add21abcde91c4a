import type { BotMessagePart } from "@kore-chat/transport";
import { completeTurnParts } from "./complete-turn-parts.js";
import type { MessagePart } from "./message-parts.js";
import { isRecord, ownField } from "./read-json-payload.js";
import {
  hasContent,
  readBodyParts,
  readComponentParts,
  unsupportedPart,
} from "./read-payload-parts.js";

function readBotPart(part: unknown): MessagePart[] {
  if (!isRecord(part)) {
    return readBodyParts(part)?.parts ?? (hasContent(part) ? [unsupportedPart()] : []);
  }
  const component = ownField(part, "component");
  const cInfo = ownField(part, "cInfo");
  const componentPayload = isRecord(component) ? ownField(component, "payload") : undefined;
  // Rules 1, 2 and 4: the parsed component, when it says something we know.
  if (isRecord(component)) {
    const parts = readComponentParts(ownField(component, "type"), componentPayload);
    if (parts !== null) return parts;
  }
  // Rule 3: `cInfo.body`; then a `component.payload` that is a plain string.
  const body = isRecord(cInfo) ? ownField(cInfo, "body") : undefined;
  const fromBody =
    readBodyParts(body) ??
    (typeof componentPayload === "string" ? readBodyParts(componentPayload) : null);
  if (fromBody !== null) return fromBody.parts;
  return hasContent(component) || hasContent(cInfo) ? [unsupportedPart()] : [];
}

/**
 * One part of a live `bot_response` as message parts (TEMPLATES.md §1): text,
 * a template (known or not: renderers decide, `fallbackText` covers the rest),
 * media, or `message` text + media. An empty part (blank text) gives `[]`; a
 * part with content the widget cannot read gives an "[unsupported message]"
 * text part. Never throws, never mutates the part.
 *
 * @example
 * normalizeBotPart({
 *   type: "text",
 *   component: { type: "template", payload: { type: "template", payload: { template_type: "button", text: "Pick", buttons: [] } } },
 *   cInfo: { body: '{"type":"template","payload":{"template_type":"button","text":"Pick","buttons":[]}}' },
 * });
 * // [{ kind: "template", templateType: "button", payload: { template_type: "button", ... }, fallbackText: "Pick" }]
 */
export function normalizeBotPart(part: BotMessagePart): MessagePart[] {
  try {
    return readBotPart(part);
  } catch {
    // Only an exotic object (a throwing getter, a revoked proxy) gets here; JSON never does.
    return [unsupportedPart()];
  }
}

/**
 * A whole bot turn (`bot_response.message`) as the parts of one bubble: every
 * part normalised, at least one part shown; `[]` only when the turn is nothing
 * but silent templates (`wait_for_response`): no bubble, keep typing.
 *
 * @example
 * normalizeBotTurn(frame.message); // [{ kind: "text", text: "Im SDKBot." }]
 * normalizeBotTurn([{ type: "text", cInfo: { body: "  " } }]); // [{ kind: "text", text: "[unsupported message]" }]
 */
export function normalizeBotTurn(parts: readonly BotMessagePart[]): MessagePart[] {
  const list: readonly unknown[] = Array.isArray(parts) ? parts : [];
  return completeTurnParts(list.flatMap((part) => normalizeBotPart(part as BotMessagePart)));
}
