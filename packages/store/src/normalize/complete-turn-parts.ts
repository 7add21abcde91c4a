import { type MessagePart, silentTemplateTypes } from "./message-parts.js";
import { unsupportedPart } from "./read-payload-parts.js";

/**
 * The parts a turn shows: silent templates (`wait_for_response`) removed, and at
 * least one part, so no turn is a blank bubble or silently lost; the one
 * exception is a turn of only silent templates, which shows nothing (`[]`: no
 * bubble, the typing indicator stays on).
 *
 * @example
 * completeTurnParts([]); // [{ kind: "text", text: "[unsupported message]" }]
 * completeTurnParts([{ kind: "template", templateType: "wait_for_response", payload: {}, fallbackText: "…" }]); // []
 */
export function completeTurnParts(parts: readonly MessagePart[]): MessagePart[] {
  const visible = parts.filter(
    (part) => part.kind !== "template" || !silentTemplateTypes.has(part.templateType),
  );
  if (visible.length > 0) return visible;
  return visible.length < parts.length ? [] : [unsupportedPart()];
}
