import type { BotPart, BotTurn, MediaType } from "./bot-turn.js";
import { demoPiiReductionChar } from "./demo-sdk-input-templates.js";
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
  "• *send me a file*: I send you a file to download",
  "• attach a file: I tell you what I got",
  "• anything else: I repeat it",
].join("\n");

// A code the OTP or reset-PIN template sent, wrapped in its `piiReductionChar`.
const secretCode = new RegExp(`^${demoPiiReductionChar}(\\d+)${demoPiiReductionChar}$`);

/** What the demo bot is told about a message's files. */
export interface DemoReplyOptions {
  readonly attachmentCount?: number;
  /** The message's stored files; an attachment-only message names them. */
  readonly attachments?: readonly { readonly fileName: string; readonly size: number }[];
}

/**
 * A size as people read it: bytes, KB (rounded) below 1 MB, else MB with one decimal.
 *
 * @example
 * formatFileSize(12_288); // "12 KB"
 * formatFileSize(3_670_016); // "3.5 MB"
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function attachmentsReply(options: DemoReplyOptions): BotTurn {
  const files = options.attachments ?? [];
  if (files.length > 0) {
    const names = files.map((file) => `${file.fileName} (${formatFileSize(file.size)})`);
    return { parts: [`Thanks, I got ${names.join(", ")}.`] };
  }
  const count = options.attachmentCount ?? 0;
  return { parts: [`You sent ${count} attachment${count === 1 ? "" : "s"}.`] };
}

/**
 * The demo bot: a pure function from the user's message to one bot turn.
 *
 * @example
 * demoBotReply("hi").parts; // ["Hello! I'm Demo Bot, ..."]
 * demoBotReply("show quick_replies").parts[0]; // { type: "template", payload: { template_type: "quick_replies", ... } }
 * demoBotReply("whatever").parts; // ["You said: whatever"]
 * demoBotReply("", { attachments: [{ fileName: "report.pdf", size: 12_288 }] }).parts; // ["Thanks, I got report.pdf (12 KB)."]
 */
export function demoBotReply(text: string, options: DemoReplyOptions = {}): BotTurn {
  const trimmed = text.trim();
  const command = trimmed.toLowerCase().replace(/[.!?]+$/, "");
  if (trimmed === "") return attachmentsReply(options);
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
  // Codes are acknowledged, never echoed; the demo accepts any.
  const code = secretCode.exec(trimmed)?.[1];
  if (code !== undefined) {
    return {
      parts: [
        code.length === 4
          ? "Done: your new PIN is set."
          : "Thanks, that code checks out: you're verified.",
      ],
    };
  }
  if (command === "resend otp") {
    return { parts: ["I've sent you a new code.", ...show("otpValidationTemplate").parts] };
  }
  if (command === "like") return { parts: ["Glad it helped!"] };
  if (command === "dislike") return { parts: ["Sorry it didn't help. Tell me what you need."] };
  if (command === "multi") {
    return { parts: ["This turn has two parts.", "Here is the second one."] };
  }
  return { parts: [`You said: ${trimmed}`] };
}
