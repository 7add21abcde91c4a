/**
 * The RTM wire frames of the Kore.ai Bots Platform (PROTOCOL.md §4, TEMPLATES.md §4).
 *
 * Incoming frames are untrusted: every optional field is typed `| undefined`
 * and the runtime schema in `frame-schema.ts` is loose, so a field the platform
 * adds later never breaks an old widget.
 */

/** A JSON object the host passes through to the bot (PROTOCOL.md §7). */
export type JsonObject = { readonly [key: string]: unknown };

/** Which bot a frame talks to. `taskBotId` is the bot's stream id (`st-…`). */
export interface BotInfo {
  readonly chatBot: string;
  readonly taskBotId: string;
  /** Context the bot reads (e.g. the host page's user profile); sent on every message frame. */
  readonly customData?: JsonObject;
  /** Analytics tags (message-, session- and user-level); sent on every message frame. */
  readonly metaTags?: JsonObject;
}

/**
 * The key that ties an `ack` to the message it acknowledges: the same number
 * in a `/bot.message` frame's `clientMessageId` and `id`.
 */
export type ClientMessageId = number;

/** `botInfo` as echoed by the platform in incoming frames: either field may be missing. */
export interface IncomingBotInfo {
  readonly chatBot?: string | undefined;
  readonly taskBotId?: string | undefined;
}

/** A file reference sent with a user message. */
export interface MessageAttachment {
  readonly fileName?: string | undefined;
  /** `image`, `audio`, `video` or `attachment` (PROTOCOL.md §10). */
  readonly fileType?: string | undefined;
  /** The id `attachment/file` (or the chunked commit) answered. */
  readonly fileId?: string | undefined;
  /** Where the platform serves the file (`attachment/file/<fileId>/url`), when known. */
  readonly fileUrl?: string | undefined;
  /** Bytes. */
  readonly size?: number | undefined;
}

// ---- client → platform -------------------------------------------------------

/** A user message (`resourceid: "/bot.message"`). */
export interface BotMessageFrame {
  readonly clientMessageId: ClientMessageId;
  readonly id: ClientMessageId;
  readonly resourceid: "/bot.message";
  readonly botInfo: BotInfo;
  readonly message: {
    readonly body: string;
    readonly renderMsg?: string;
    readonly attachments: readonly MessageAttachment[];
  };
  readonly client: "sdk";
  readonly meta?: { readonly timezone?: string; readonly locale?: string };
}

/** Keep-alive, sent every 30 s while the socket is open; answered by `pong`. */
export interface PingFrame {
  readonly type: "ping";
  readonly resourceid: "/bot.message";
  readonly botInfo: BotInfo;
  readonly client: "sdk";
}

/** Ephemeral signals to a live agent (PROTOCOL.md §9); never queued or re-sent. */
export type AgentEventName =
  | "typing"
  | "stop_typing"
  | "message_delivered"
  | "message_read"
  | "close_agent_chat";

/** What the widget tells a live agent: typing, receipts for the agent's messages, closing the chat. */
export type AgentEvent =
  | { readonly event: "typing" | "stop_typing" | "close_agent_chat" }
  | {
      readonly event: "message_delivered" | "message_read";
      /** The agent message's `messageId`. */
      readonly messageId: string;
      readonly agentMessageId?: string | undefined;
    };

/** An agent event on the wire: a `/bot.message` with an empty message and an `event`. */
export interface AgentEventFrame {
  readonly clientMessageId: ClientMessageId;
  readonly id: ClientMessageId;
  readonly resourceid: "/bot.message";
  readonly botInfo: BotInfo;
  readonly message: { readonly body: ""; readonly type: "" };
  readonly event: AgentEventName;
  readonly messageId?: string;
  readonly agent_MessageId?: string;
  readonly client: "sdk";
  readonly meta?: { readonly timezone?: string; readonly locale?: string };
}

/** Ends the platform session; the next message starts a new one (PROTOCOL.md §7). */
export interface CloseConversationFrame {
  readonly clientMessageId: ClientMessageId;
  readonly resourceid: "/bot.closeConversationSession";
  readonly botInfo: BotInfo;
  readonly client: "sdk";
}

export type OutgoingFrame = BotMessageFrame | PingFrame | AgentEventFrame | CloseConversationFrame;

// ---- platform → client -------------------------------------------------------

/** `ok: false` means the platform refused the message. */
export interface AckFrame {
  readonly type: "ack";
  readonly ok: boolean;
  readonly replyto: ClientMessageId;
  readonly message?: string | undefined;
}

/**
 * One part of a bot turn. Its meaning (text, template, media) is worked out by
 * the store's normaliser (TEMPLATES.md §1); the transport only checks that it
 * is an object.
 */
export interface BotMessagePart {
  readonly type?: string | undefined;
  readonly component?: unknown;
  readonly cInfo?: unknown;
  readonly [field: string]: unknown;
}

/** The person (or agent) behind a turn, when a live agent is involved. */
export interface FrameAuthor {
  readonly id?: string | undefined;
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly type?: string | undefined;
  /** A live agent's picture (PROTOCOL.md §9); untrusted, checked before use. */
  readonly profileIcon?: string | undefined;
}

/** A bot turn: one or more parts. `messageId` is the history row `_id` when present. */
export interface BotResponseFrame {
  readonly type: "bot_response";
  readonly from?: string | undefined;
  readonly messageId?: string | undefined;
  readonly message: readonly BotMessagePart[];
  readonly botInfo?: IncomingBotInfo | undefined;
  readonly createdOn?: string | undefined;
  readonly icon?: string | undefined;
  readonly traceId?: string | undefined;
  readonly author?: FrameAuthor | undefined;
  /** A chunk of a streamed answer (PROTOCOL.md §8): frames sharing `messageId` append in order. */
  readonly sM?: boolean | undefined;
  /** The last chunk of a streamed answer. */
  readonly endChunk?: boolean | undefined;
  /** The agent desk's id of a live agent's message, echoed in receipts. */
  readonly agent_MessageId?: string | undefined;
}

/** The same user typed in another simultaneous session (tab or device). */
export interface UserMessageFrame {
  readonly type: "user_message";
  readonly from?: string | undefined;
  readonly id?: ClientMessageId | undefined;
  readonly message: {
    readonly body: string;
    readonly renderMsg?: string | undefined;
    readonly attachments?: readonly unknown[] | undefined;
  };
  readonly botInfo?: IncomingBotInfo | undefined;
  readonly createdOn?: string | undefined;
}

/** Receipts, agent typing and agent presence (TEMPLATES.md §4). */
export interface EventsFrame {
  readonly type: "events";
  readonly message: {
    readonly type: string;
    readonly clientMessageId?: ClientMessageId | "all" | undefined;
    readonly author?: FrameAuthor | undefined;
  };
}

export interface PongFrame {
  readonly type: "pong";
}

export interface HelloFrame {
  readonly type: "hello";
}

export interface SessionStartFrame {
  readonly type: "Session_Start";
  readonly sessionId?: string | undefined;
}

export interface BotActiveFrame {
  readonly type: "Bot_Active";
  readonly recentSessionInfo?:
    | { readonly isActive?: boolean | undefined; readonly sessionId?: string | undefined }
    | undefined;
}

/** Every frame the transport understands, discriminated on `type`. */
export type IncomingFrame =
  | AckFrame
  | BotResponseFrame
  | UserMessageFrame
  | EventsFrame
  | PongFrame
  | HelloFrame
  | SessionStartFrame
  | BotActiveFrame;

export type IncomingFrameType = IncomingFrame["type"];
