import type { BotInfo, BotTurn, BuiltBotTurn } from "./bot-turn.js";
import { buildBotTurn } from "./bot-turn.js";
import type { FaultState } from "./faults.js";
import type { HistoryStore } from "./history-store.js";
import { isRecord } from "./is-record.js";
import type { SocketConnection } from "./socket-server.js";

/** A user message the platform accepted (recorded once per distinct message). */
export interface ReceivedMessage {
  userId: string;
  clientMessageId: number | string;
  body: string;
  renderMsg?: string;
  receivedAt: number;
  socketSid: string;
  /**
   * Milliseconds from the frame reaching the handler to its ack being written (an ack delay
   * included), so a client can subtract the platform's own time from a round trip. Absent
   * until the ack is sent.
   */
  handlingMs?: number;
}

/** What the conversation logic needs: the bot, the clock, storage and a way to send. */
export interface RtmConversationOptions {
  readonly bot: BotInfo;
  readonly icon: string;
  readonly now: () => number;
  readonly botReplyDelayMs: number;
  readonly faults: FaultState;
  readonly history: HistoryStore;
  readonly sockets: {
    send(connection: SocketConnection, frame: unknown): boolean;
    sendTo(userId: string, frame: unknown, except?: SocketConnection): number;
  };
  readonly reply: (text: string, context: { attachmentCount: number }) => BotTurn;
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
  readonly #seen = new Set<string>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #options: RtmConversationOptions;

  constructor(options: RtmConversationOptions) {
    this.#options = options;
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
      this.#options.history.startNewSession(connection.userId);
      if (id !== null) this.#ack(connection, id, true, "delivered");
      return;
    }
    if (frame.resourceid !== "/bot.message" || frame.event !== undefined) return;
    this.#handleUserMessage(connection, frame, arrivedAt);
  }

  /** Sends one bot turn to every socket of the user and stores it as an `outgoing` row. */
  pushBotTurn(userId: string, turn: BotTurn): BuiltBotTurn {
    const { bot, icon, now, history, sockets } = this.#options;
    const built = buildBotTurn(turn, { botInfo: bot, icon, nowMs: now() });
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
    const attachments = Array.isArray(message.attachments) ? message.attachments : [];
    if (body.trim() === "" && attachments.length === 0) {
      this.#ack(connection, clientMessageId, false, "Message body is empty");
      return;
    }
    const { userId } = connection;
    const key = JSON.stringify([userId, clientMessageId, body]);
    if (this.#seen.has(key)) {
      this.#ack(connection, clientMessageId, true, "delivered");
      return;
    }
    this.#seen.add(key);
    const record = this.#record(connection, clientMessageId, body, message.renderMsg);
    if (!this.#options.faults.takeAckDrop()) {
      this.#ack(connection, clientMessageId, true, "delivered", () => {
        record.handlingMs = performance.now() - arrivedAt;
      });
    }
    const { bot, sockets, faults, botReplyDelayMs, reply } = this.#options;
    const echo = {
      botInfo: { chatBot: bot.chatBot, taskBotId: bot.taskBotId },
      from: "self",
      message: { body, attachments },
      id: clientMessageId,
      type: "user_message",
    };
    sockets.sendTo(userId, echo, connection);
    const turn = reply(body, { attachmentCount: attachments.length });
    this.#later(faults.ackDelayMs + botReplyDelayMs, () => this.pushBotTurn(userId, turn));
  }

  #record(
    connection: SocketConnection,
    clientMessageId: number | string,
    body: string,
    renderMsg: unknown,
  ): ReceivedMessage {
    const { now, history, bot } = this.#options;
    const receivedAt = now();
    const record: ReceivedMessage = {
      userId: connection.userId,
      clientMessageId,
      body,
      ...(typeof renderMsg === "string" ? { renderMsg } : {}),
      receivedAt,
      socketSid: connection.sid,
    };
    this.received.push(record);
    history.append({
      userId: connection.userId,
      botId: bot.taskBotId,
      type: "incoming",
      texts: [body],
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
    const delay = this.#options.faults.ackDelayMs;
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
