// The demo payloads file only (type imports aside, it has no dependencies): the simulator's
// index pulls in its Node server, which a browser cannot load.
import {
  answerTemplatePayload,
  demoMedia,
  demoMediaMessages,
  demoTemplates,
  streamedAnswerMarkdown,
} from "@kore-chat/simulator/demo-templates";
import { type ChatMessage, type MessagePart, normalizeBotTurn } from "@kore-chat/store";
import type { BotMessagePart } from "@kore-chat/transport";

export {
  answerTemplatePayload,
  demoMedia,
  demoMediaMessages,
  demoTemplates,
  streamedAnswerMarkdown,
};

/** A 1×1 PNG as a data URL: an avatar that loads without a network. */
export const storyAvatar =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

type MediaType = keyof typeof demoMedia;

// The wire shapes below are the ones the simulator's `toWirePart` sends (TEMPLATES.md §1).

/** A text part of a `bot_response`, as the platform sends it. */
export function wireText(text: string): BotMessagePart {
  return { type: "text", component: { type: "text", payload: { text } }, cInfo: { body: text } };
}

/** A template part of a `bot_response`: `component.payload.payload` is the template. */
export function wireTemplate(payload: Readonly<Record<string, unknown>>): BotMessagePart {
  const component = { type: "template", payload };
  return {
    type: "text",
    component: { type: "template", payload: component },
    cInfo: { body: JSON.stringify(component) },
  };
}

/** A media part (`image`, `audio`, `video`, `link`, `document`) with the demo's URL and name. */
export function wireMedia(mediaType: MediaType): BotMessagePart {
  const payload = demoMedia[mediaType];
  return {
    type: "text",
    component: { type: mediaType, payload },
    cInfo: { body: JSON.stringify({ type: mediaType, payload }) },
  };
}

/** A `message` part: text plus `videoUrl` or `audioUrl`. */
export function wireMediaMessage(name: keyof typeof demoMediaMessages): BotMessagePart {
  const payload = demoMediaMessages[name];
  return {
    type: "text",
    component: { type: "message", payload },
    cInfo: { body: JSON.stringify({ type: "message", payload }) },
  };
}

/** The demo payload of `template_type` `name`; throws if the simulator has none (a typo). */
export function demoTemplate(name: string): Readonly<Record<string, unknown>> {
  const payload = demoTemplates[name];
  if (payload === undefined) throw new Error(`No demo template "${name}"`);
  return payload;
}

const baseTime = Date.UTC(2025, 5, 2, 9, 30);
let counter = 0;

/** A bot turn as the store would hold it: `wire` parts normalised by `normalizeBotTurn`. */
export function botMessage(
  wire: readonly BotMessagePart[],
  overrides: Partial<ChatMessage> = {},
): ChatMessage {
  counter += 1;
  return {
    key: `story-bot-${counter}`,
    author: "bot",
    parts: normalizeBotTurn(wire),
    createdAt: baseTime + counter * 1000,
    live: true,
    inHistory: false,
    ...overrides,
  };
}

/** A user message with `text`, delivered unless `overrides` say otherwise. */
export function userMessage(text: string, overrides: Partial<ChatMessage> = {}): ChatMessage {
  counter += 1;
  const parts: readonly MessagePart[] = [{ kind: "text", text }];
  return {
    key: `story-user-${counter}`,
    author: "user",
    parts,
    body: text,
    status: "delivered",
    createdAt: baseTime + counter * 1000,
    live: true,
    inHistory: false,
    ...overrides,
  };
}

/** A system line ("An agent joined"). */
export function systemMessage(text: string): ChatMessage {
  counter += 1;
  return {
    key: `story-system-${counter}`,
    author: "system",
    parts: [{ kind: "text", text }],
    createdAt: baseTime + counter * 1000,
    live: true,
    inHistory: false,
  };
}

/** The same message as if seen only in a history page: its controls are read-only. */
export function fromHistory(message: ChatMessage): ChatMessage {
  return { ...message, live: false, inHistory: true };
}

/** A short, realistic conversation: greeting, a question, buttons, an answer. */
export function shortConversation(): ChatMessage[] {
  return [
    botMessage([wireText("Hi! I'm *SDKBot*. How can I help you today?")], { icon: storyAvatar }),
    userMessage("What can you show me?"),
    botMessage([wireTemplate(demoTemplate("button"))], { icon: storyAvatar }),
    userMessage("Show carousel"),
    botMessage([wireText("Here are our collections:"), wireTemplate(demoTemplate("carousel"))], {
      icon: storyAvatar,
    }),
  ];
}

/** `count` alternating user and bot messages, oldest first, from history. */
export function longConversation(count: number, prefix = "m"): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (let index = 1; index <= count; index += 1) {
    const message =
      index % 2 === 1
        ? userMessage(`Question ${index}: where is my order #${1000 + index}?`)
        : botMessage([
            wireText(`Order *#${1000 + index - 1}* shipped on day ${index}. _Tracking_ below.`),
          ]);
    messages.push({ ...fromHistory(message), key: `${prefix}-${index}` });
  }
  return messages;
}
