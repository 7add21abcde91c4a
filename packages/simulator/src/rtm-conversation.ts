import { randomUUID } from "node:crypto";
import { AgentDesk, demoAgent } from "./agent-desk.js";
import type { BotInfo, BotTurn, BuiltBotTurn } from "./bot-turn.js";
import { buildBotTurn } from "./bot-turn.js";
import type { FaultState } from "./faults.js";
import type { HistoryStore } from "./history-store.js";
import { isRecord } from "./is-record.js";
import type { ConversationFiles, MessageAttachment } from "./message-attachments.js";
import { historyFiles, resolveAttachments } from "./message-attachments.js";
import type { SocketConnection } from "./socket-server.js";
import { answerTemplatePayload, chunkText, streamedAnswerMarkdown } from "./streamed-answer.js";

/** A user message the platform accepted (recorded once per distinct message). */
export interface ReceivedMessage {
  userId: string;
  clientMessageId: number | string;
  body: string;
  renderMsg?: string;
  receivedAt: number;
  socketSid: string;
  /** The frame's `botInfo` as sent (with the host's `customData` / `metaTags`). */
  botInfo?: unknown;
  /** The message's attachments, resolved to the stored files (absent when it had none). */
  attachments?: readonly MessageAttachment[];
  /**
   * Milliseconds from the frame reaching the handler to its ack being written (an ack delay
   * included), so a client can subtract the platform's own time from a round trip. Absent
   * until the ack is sent.
   */
  handlingMs?: number;
}

/** An ephemeral agent event the widget sent (PROTOCOL.md §9): recorded, never answered. */
export interface ReceivedEvent {
  userId: string;
  event: string;
  messageId?: string;
  agentMessageId?: string;
  clientMessageId?: number | string;
  at: number;
}

/** A conversation the user ended (`/bot.closeConversationSession`). */
export interface ClosedSession {
  userId: string;
  sessionId: string;
  at: number;
}

/** What the conversation logic needs: the bot, the clock, storage and a way to send. */
export interface RtmConversationOptions {
  readonly bot: BotInfo;
  readonly icon: string;
  /** Where the demo's media is served (the simulator's `/media/demo`); as sent when absent. */
  readonly mediaBase?: string;
  readonly now: () => number;
  readonly botReplyDelayMs: number;
  readonly faults: FaultState;
  readonly history: HistoryStore;
  readonly sockets: {
    send(connection: SocketConnection, frame: unknown): boolean;
    sendTo(userId: string, frame: unknown, except?: SocketConnection): number;
    terminate(filter: { userId?: string }): number;
  };
  /** Delay between the chunks of a streamed answer. Default 40 ms. */
  readonly streamChunkDelayMs?: number;
  /** How many chunks the demo's streamed answer is cut into. Default 30. */
  readonly streamChunks?: number;
  /** Uploaded files, for a message's attachments, and the demo's own file. */
  readonly files: ConversationFiles;
  readonly reply: (text: string, context: BotReplyContext) => BotTurn;
}

/** What the bot is told about a message besides its text. */
export interface BotReplyContext {
  readonly attachmentCount: number;
  /** The message's files, as stored. */
  readonly attachments: readonly { readonly fileName: string; readonly size: number }[];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function messageIdOf(frame: Record<string, unknown>): number | string | null {
  const id = frame.clientMessageId ?? frame.id;
  return typeof id === "number" || typeof id === "string" ? id : null;
}

/**
 * The platform's side of the RTM conversation: acks, cross-session echoes, bot turns and
 * their history rows. A re-sent message (same user, `clientMessageId` and body) is acked
 * again and nothing else.
 *
 * @example
 * const conversation = new RtmConversation({ bot, icon, now: Date.now, ... });
 * sockets = new SocketServer({ ..., onFrame: (c, text) => conversation.handleFrame(c, text) });
 */
export class RtmConversation {
  readonly received: ReceivedMessage[] = [];
  readonly receivedEvents: ReceivedEvent[] = [];
  readonly closedSessions: ClosedSession[] = [];
  /** Live agents: the scripted demo agent and the test controls. */
  readonly agents: AgentDesk;
  /** The session each user was last told about (Session_Start). */
  readonly #announcedSession = new Map<string, string>();
  readonly #seen = new Set<string>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #options: RtmConversationOptions;

  constructor(options: RtmConversationOptions) {
    this.#options = options;
    this.agents = new AgentDesk({
      sendTo: (userId, frame) => options.sockets.sendTo(userId, frame),
      push: (userId, turn) => this.pushBotTurn(userId, turn).messageId,
      later: (delayMs, task) => this.#later(delayMs, task),
    });
  }

  /**
   * A socket opened: the platform says which session it is in (`Session_Start` for a new
   * session, `Bot_Active` for one already going) and, when one is connected, the live agent.
   */
  socketOpened(connection: SocketConnection): void {
    const { userId } = connection;
    const { sockets, history } = this.#options;
    const sessionId = history.sessionIdFor(userId);
    if (this.#announcedSession.get(userId) === sessionId) {
      sockets.send(connection, {
        type: "Bot_Active",
        recentSessionInfo: { isActive: true, sessionId },
      });
    } else {
      this.#announcedSession.set(userId, sessionId);
      sockets.send(connection, { type: "Session_Start", sessionId });
    }
    this.agents.socketOpened(userId, (frame) => sockets.send(connection, frame));
  }

  /**
   * Streams a Markdown answer (PROTOCOL.md §8): chunks sharing one messageId with `sM: true`,
   * the last with `endChunk: true`. History holds the whole answer from the start, so a client
   * that reconnects mid-stream completes it from there. Returns the messageId.
   */
  streamAnswer(userId: string, markdown: string): string {
    const { bot, icon, now, history, sockets, faults } = this.#options;
    const messageId = `ms-${randomUUID()}`;
    const createdOnMs = now();
    history.append({
      userId,
      botId: bot.taskBotId,
      type: "outgoing",
      texts: [markdown],
      createdOnMs,
      id: messageId,
    });
    const chunks = chunkText(markdown, this.#options.streamChunks ?? 30);
    const cutAt = faults.takeStreamCut(userId) ? Math.floor(chunks.length / 2) : -1;
    const delay = this.#options.streamChunkDelayMs ?? 40;
    let stopped = false;
    chunks.forEach((chunk, index) => {
      this.#later(index * delay, () => {
        if (stopped) return;
        if (index === cutAt) {
          stopped = true;
          sockets.terminate({ userId });
          return;
        }
        sockets.sendTo(userId, {
          type: "bot_response",
          from: "bot",
          messageId,
          sM: true,
          ...(index === chunks.length - 1 ? { endChunk: true } : {}),
          message: [
            {
              type: "text",
              component: { type: "text", payload: { text: chunk } },
              cInfo: { body: chunk },
            },
          ],
          botInfo: { chatBot: bot.chatBot, taskBotId: bot.taskBotId },
          createdOn: new Date(createdOnMs).toISOString(),
          icon,
        });
      });
    });
    return messageId;
  }

  /** Handles one text frame from a client socket; junk is ignored, never thrown. */
  handleFrame(connection: SocketConnection, text: string): void {
    const arrivedAt = performance.now();
    const frame = parseJson(text);
    if (!isRecord(frame)) return;
    if (frame.type === "ping") {
      this.#options.sockets.send(connection, { type: "pong" });
      return;
    }
    if (frame.resourceid === "/bot.closeConversationSession") {
      const id = messageIdOf(frame);
      const { history, now } = this.#options;
      const { userId } = connection;
      this.closedSessions.push({ userId, sessionId: history.sessionIdFor(userId), at: now() });
      history.startNewSession(userId);
      this.agents.leave(userId);
      if (id !== null) this.#ack(connection, id, true, "delivered");
      return;
    }
    if (frame.resourceid !== "/bot.message") return;
    if (frame.event !== undefined) {
      this.#recordEvent(connection, frame);
      return;
    }
    this.#handleUserMessage(connection, frame, arrivedAt);
  }

  /** Sends one bot turn to every socket of the user and stores it as an `outgoing` row. */
  pushBotTurn(userId: string, turn: BotTurn): BuiltBotTurn {
    const { bot, icon, now, history, sockets, mediaBase } = this.#options;
    const built = buildBotTurn(turn, {
      botInfo: bot,
      icon,
      nowMs: now(),
      ...(mediaBase === undefined ? {} : { mediaBase }),
    });
    history.append({
      userId,
      botId: bot.taskBotId,
      type: "outgoing",
      texts: built.historyTexts,
      createdOnMs: built.createdOnMs,
      id: built.messageId,
    });
    sockets.sendTo(userId, built.frame);
    return built;
  }

  #recordEvent(connection: SocketConnection, frame: Record<string, unknown>): void {
    if (typeof frame.event !== "string") return;
    const text = (value: unknown) => (typeof value === "string" ? value : undefined);
    const id = messageIdOf(frame);
    const messageId = text(frame.messageId);
    const agentMessageId = text(frame.agent_MessageId);
    this.receivedEvents.push({
      userId: connection.userId,
      event: frame.event,
      ...(messageId === undefined ? {} : { messageId }),
      ...(agentMessageId === undefined ? {} : { agentMessageId }),
      ...(id === null ? {} : { clientMessageId: id }),
      at: this.#options.now(),
    });
    if (frame.event === "close_agent_chat") this.agents.leave(connection.userId);
  }

  /** A message after the user ended a session opens the next one: `Session_Start` first. */
  #announceSession(userId: string): void {
    const sessionId = this.#options.history.sessionIdFor(userId);
    if (this.#announcedSession.get(userId) === sessionId) return;
    this.#announcedSession.set(userId, sessionId);
    this.#options.sockets.sendTo(userId, { type: "Session_Start", sessionId });
  }

  /** The demo's commands beyond the bot's replies; true when handled. */
  #demoCommand(userId: string, body: string): boolean {
    const command = body
      .trim()
      .toLowerCase()
      .replace(/[.!?]+$/, "");
    const delay = this.#options.faults.ackDelayFor(userId) + this.#options.botReplyDelayMs;
    if (command === "show streaming") {
      this.#later(delay, () => this.streamAnswer(userId, streamedAnswerMarkdown));
      return true;
    }
    if (command === "show answer") {
      this.#later(delay, () =>
        this.pushBotTurn(userId, { parts: [{ type: "template", payload: answerTemplatePayload }] }),
      );
      return true;
    }
    if (command === "send me a file") {
      const { demoFile } = this.#options.files;
      this.#later(delay, () =>
        this.pushBotTurn(userId, {
          parts: [
            "Here is a short guide to kore-chat.",
            { type: "document", url: demoFile.url, name: demoFile.fileName },
          ],
        }),
      );
      return true;
    }
    if (/^(talk to|connect me (to|with)) (an? )?(agent|human|person)/.test(command)) {
      this.#later(delay, () => {
        this.pushBotTurn(userId, { parts: ["Connecting you to an agent…"] });
        this.agents.connect(userId, demoAgent, true);
      });
      return true;
    }
    return false;
  }

  /** Cancels pending acks and bot replies. */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  #handleUserMessage(
    connection: SocketConnection,
    frame: Record<string, unknown>,
    arrivedAt: number,
  ): void {
    const { message } = frame;
    const clientMessageId = messageIdOf(frame);
    if (!isRecord(message) || clientMessageId === null) return;
    if (message.body !== undefined && typeof message.body !== "string") return;
    const body = message.body ?? "";
    const sent: unknown[] = Array.isArray(message.attachments) ? message.attachments : [];
    if (body.trim() === "" && sent.length === 0) {
      this.#ack(connection, clientMessageId, false, "Message body is empty");
      return;
    }
    const { userId } = connection;
    const { files } = this.#options;
    const attachments = resolveAttachments(sent, (fileId) => files.lookup(userId, fileId));
    if (attachments === null) {
      this.#ack(connection, clientMessageId, false, "Unknown attachment");
      return;
    }
    const key = JSON.stringify([userId, clientMessageId, body]);
    if (this.#seen.has(key)) {
      this.#ack(connection, clientMessageId, true, "delivered");
      return;
    }
    this.#seen.add(key);
    this.#announceSession(userId);
    const record = this.#record(connection, clientMessageId, body, message.renderMsg, attachments);
    record.botInfo = frame.botInfo;
    if (!this.#options.faults.takeAckDrop(userId)) {
      this.#ack(connection, clientMessageId, true, "delivered", () => {
        record.handlingMs = performance.now() - arrivedAt;
      });
    }
    const { bot, sockets, faults, botReplyDelayMs, reply } = this.#options;
    const echo = {
      botInfo: { chatBot: bot.chatBot, taskBotId: bot.taskBotId },
      from: "self",
      message: { body: redactPii(body), attachments },
      id: clientMessageId,
      type: "user_message",
    };
    sockets.sendTo(userId, echo, connection);
    // While a live agent is connected the user talks to the agent, not the bot.
    if (this.agents.connected(userId)) {
      this.agents.userSaid(userId, clientMessageId, body);
      return;
    }
    if (this.#demoCommand(userId, body)) return;
    const turn = reply(body, {
      attachmentCount: attachments.length,
      attachments: attachments.map(({ fileName, size }) => ({ fileName, size })),
    });
    this.#later(faults.ackDelayFor(userId) + botReplyDelayMs, () => this.pushBotTurn(userId, turn));
  }

  #record(
    connection: SocketConnection,
    clientMessageId: number | string,
    body: string,
    renderMsg: unknown,
    attachments: readonly MessageAttachment[],
  ): ReceivedMessage {
    const { now, history, bot } = this.#options;
    const receivedAt = now();
    const record: ReceivedMessage = {
      userId: connection.userId,
      clientMessageId,
      body,
      ...(typeof renderMsg === "string" ? { renderMsg } : {}),
      ...(attachments.length === 0 ? {} : { attachments }),
      receivedAt,
      socketSid: connection.sid,
    };
    this.received.push(record);
    history.append({
      userId: connection.userId,
      botId: bot.taskBotId,
      type: "incoming",
      // An attachment-only message has no text component.
      texts: attachments.length > 0 && body.trim() === "" ? [] : [redactPii(body)],
      files: historyFiles(attachments),
      createdOnMs: receivedAt,
    });
    return record;
  }

  #ack(
    connection: SocketConnection,
    replyto: number | string,
    ok: boolean,
    message: string,
    onSent?: () => void,
  ): void {
    const ack = { ok, replyto, message, type: "ack" };
    const send = () => {
      this.#options.sockets.send(connection, ack);
      onSent?.();
    };
    const delay = this.#options.faults.ackDelayFor(connection.userId);
    if (delay <= 0) send();
    else this.#later(delay, send);
  }

  #later(delayMs: number, task: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      task();
    }, delayMs);
    this.#timers.add(timer);
  }
}

/**
 * The platform's PII redaction as the simulator plays it: text the client wrapped in its
 * `piiReductionChar` (`#`, as the OTP and PIN templates send `#123456#`) is stored in history
 * and echoed to the user's other sessions as asterisks, never as written. The bot still reads
 * the code in the message it received.
 *
 * @example
 * redactPii("#123456#"); // "******"
 */
export function redactPii(body: string): string {
  return body.replace(/#([^#\s]+)#/g, (_whole, secret: string) => "*".repeat(secret.length));
}
