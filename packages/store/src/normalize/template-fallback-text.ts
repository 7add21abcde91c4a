import { isRecord, ownField } from "./read-json-payload.js";
import { readText } from "./read-text.js";

/** What stands in for content the widget cannot read, so nothing is silently lost. */
export const unsupportedMessageText = "[unsupported message]";

/**
 * The text to show for a template no renderer knows (TEMPLATES.md §1 rule 5):
 * its `text`, else `heading`, else `title`, else the first element's (list item's, card
 * heading's) `title`, else `unsupportedMessageText`. Never empty.
 *
 * @example
 * templateFallbackText({ template_type: "dropdown_template", heading: "please select : " }); // "please select : "
 * templateFallbackText({ template_type: "carousel", elements: [{ title: "Hats" }] }); // "Hats"
 * templateFallbackText({ template_type: "SYSTEM" }); // "[unsupported message]"
 */
export function templateFallbackText(payload: Readonly<Record<string, unknown>>): string {
  return (
    readText(ownField(payload, "text")) ??
    readText(ownField(payload, "heading")) ??
    readText(ownField(payload, "title")) ??
    readText(ownField(first(payload, "elements"), "title")) ??
    // An advancedListTemplate's `listItems`, a cardTemplate's `cards[].cardHeading`.
    readText(ownField(first(payload, "listItems"), "title")) ??
    readText(ownField(first(first(payload, "cards"), "cardHeading"), "title")) ??
    unsupportedMessageText
  );
}

/** `record[key]` when it is an object, or the first entry of the array `record[key]` when that is one. */
function first(record: unknown, key: string): Readonly<Record<string, unknown>> {
  const value = isRecord(record) ? ownField(record, key) : undefined;
  const entry = Array.isArray(value) ? (value as readonly unknown[])[0] : value;
  return isRecord(entry) ? entry : {};
}
