export type { MediaPart, MessagePart, TemplatePart, TextPart } from "./message-parts.js";
export { silentTemplateTypes } from "./message-parts.js";
export { normalizeBotPart, normalizeBotTurn } from "./normalize-bot-part.js";
export { normalizeHistoryRow } from "./normalize-history-row.js";
export { maxTextLength } from "./read-text.js";
export { templateFallbackText, unsupportedMessageText } from "./template-fallback-text.js";
