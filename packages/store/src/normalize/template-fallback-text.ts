import { isRecord, ownField } from "./read-json-payload.js";
import { readText } from "./read-text.js";

/** What stands in for content the widget cannot read, so nothing is silently lost. */
export const unsupportedMessageText = "[unsupported message]";

/**
 * The text to show for a template no renderer knows (TEMPLATES.md §1 rule 5):
 * its `text`, else `heading`, else `title`, else the first element's `title`,
 * else `unsupportedMessageText`. Never empty.
 *
 * @example
 * templateFallbackText({ template_type: "dropdown_template", heading: "please select : " }); // "please select : "
 * templateFallbackText({ template_type: "carousel", elements: [{ title: "Hats" }] }); // "Hats"
 * templateFallbackText({ template_type: "SYSTEM" }); // "[unsupported message]"
 */
export function templateFallbackText(payload: Readonly<Record<string, unknown>>): string {
  const elements = ownField(payload, "elements");
  const firstElement = Array.isArray(elements) ? (elements as readonly unknown[])[0] : undefined;
  return (
    readText(ownField(payload, "text")) ??
    readText(ownField(payload, "heading")) ??
    readText(ownField(payload, "title")) ??
    (isRecord(firstElement) ? readText(ownField(firstElement, "title")) : undefined) ??
    unsupportedMessageText
  );
}
