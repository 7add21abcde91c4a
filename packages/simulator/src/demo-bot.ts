import type { BotPart, BotTurn, MediaType } from "./bot-turn.js";
import { demoMedia, demoMediaMessages, demoTemplates } from "./demo-templates.js";

/** The demo bot's display name. */
export const DEMO_BOT_NAME = "Demo Bot";

const LIVE_AGENT = { firstName: "Alex", lastName: "Agent", type: "AGENT" } as const;

function isMediaType(name: string): name is MediaType {
  return Object.hasOwn(demoMedia, name);
}

function isMediaMessage(name: string): name is keyof typeof demoMediaMessages {
  return Object.hasOwn(demoMediaMessages, name);
}

/**
 * Every name `show <name>` accepts: templates, media kinds and `message` variants.
 *
 * @example
 * demoShowNames().includes("carousel"); // true
 */
export function demoShowNames(): string[] {
  return [
    ...Object.keys(demoTemplates),
    ...Object.keys(demoMedia),
    ...Object.keys(demoMediaMessages),
  ];
}

function findName(requested: string): string | undefined {
  const lower = requested.toLowerCase();
  return demoShowNames().find((name) => name.toLowerCase() === lower);
}

function show(requested: string): BotTurn {
  const name = findName(requested);
  if (name === undefined) {
    return {
      parts: [`I don't know a template called "${requested}". Type *show templates* for the list.`],
    };
  }
  if (isMediaType(name)) {
    const media = demoMedia[name];
    return { parts: [{ type: name, url: media.url, name: media.name }] };
  }
  if (isMediaMessage(name)) return { parts: [{ type: "message", ...demoMediaMessages[name] }] };
  const payload = demoTemplates[name];
  if (payload === undefined) return { parts: [`Nothing to show for "${requested}".`] };
  const part: BotPart = { type: "template", payload };
  return payload.template_type === "live_agent"
    ? { parts: [part], author: LIVE_AGENT }
    : { parts: [part] };
}

const HELP = [
  "Here is what I understand:",
  "• *hi* or *hello*: a greeting",
  "• *show templates*: the list of rich messages I can send",
  "• *show <name>*: one of them, e.g. show carousel, show image",
  "• *multi*: one turn with two parts",
  "• *show streaming*: a generative answer streamed in Markdown",
  "• *show answer*: an answer with its sources",
  "• *talk to an agent*: a live agent takes over (say *bye* to end)",
  "• anything else: I repeat it",
].join("\n");

/**
 * The demo bot: a pure function from the user's message to one bot turn.
 *
 * @example
 * demoBotReply("hi").parts; // ["Hello! I'm Demo Bot, ..."]
 * demoBotReply("show quick_replies").parts[0]; // { type: "template", payload: { template_type: "quick_replies", ... } }
 * demoBotReply("whatever").parts; // ["You said: whatever"]
 */
export function demoBotReply(text: string, options: { attachmentCount?: number } = {}): BotTurn {
  const trimmed = text.trim();
  const command = trimmed.toLowerCase().replace(/[.!?]+$/, "");
  if (trimmed === "") {
    const count = options.attachmentCount ?? 0;
    return { parts: [`You sent ${count} attachment${count === 1 ? "" : "s"}.`] };
  }
  if (command === "hi" || command === "hello" || command === "hey") {
    return {
      parts: [
        `Hello! I'm ${DEMO_BOT_NAME}, the kore-chat simulator's bot. Type *help* to see what I can do.`,
      ],
    };
  }
  if (command === "help") return { parts: [HELP] };
  if (command === "show templates") {
    return { parts: [`I can show:\n${demoShowNames().join(", ")}\n\nType *show <name>*.`] };
  }
  if (command.startsWith("show ")) return show(trimmed.slice("show ".length).trim());
  if (command === "multi") {
    return { parts: ["This turn has two parts.", "Here is the second one."] };
  }
  return { parts: [`You said: ${trimmed}`] };
}
