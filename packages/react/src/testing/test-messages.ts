import type { ChatMessage } from "@kore-chat/store";

/** A ChatMessage for tests, with text parts from `text`. */
export function testMessage(overrides: Partial<ChatMessage> & { text?: string } = {}): ChatMessage {
  const { text = "hello", ...rest } = overrides;
  return {
    key: "m1",
    author: "bot",
    parts: [{ kind: "text", text }],
    createdAt: 1_700_000_000_000,
    live: true,
    inHistory: false,
    ...rest,
  };
}
