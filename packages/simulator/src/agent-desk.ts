import { randomUUID } from "node:crypto";
import type { AgentAuthor, BotTurn } from "./bot-turn.js";

/** The demo's live agent. */
export const demoAgent: AgentAuthor = {
  id: "agent-maya",
  firstName: "Maya",
  lastName: "Lopez",
  type: "AGENT",
};

/** What the desk needs from the conversation: sending, bot turns, timers. */
export interface AgentDeskOptions {
  readonly sendTo: (userId: string, frame: unknown) => number;
  /** Sends a turn to the user's sockets and stores it; returns its messageId. */
  readonly push: (userId: string, turn: BotTurn) => string;
  readonly later: (delayMs: number, task: () => void) => void;
  /** How long the scripted agent "types" before answering. Default 600 ms. */
  readonly typingMs?: number;
}

const events = (message: Record<string, unknown>) => ({ type: "events", from: "bot", message });

/**
 * Live agents (PROTOCOL.md §9), one per user at most: the scripted demo agent who answers,
 * reads and leaves by themself, and the commands tests use to act as an agent.
 *
 * @example
 * const desk = new AgentDesk({ sendTo, push, later });
 * desk.connect(userId);
 * desk.say(userId, "Hi, I'm Maya.");
 */
export class AgentDesk {
  readonly #agents = new Map<string, { agent: AgentAuthor; scripted: boolean }>();
  readonly #options: AgentDeskOptions;

  constructor(options: AgentDeskOptions) {
    this.#options = options;
  }

  connected(userId: string): boolean {
    return this.#agents.has(userId);
  }

  /** The agent joins the user's conversation; the scripted one greets after typing. */
  connect(userId: string, agent: AgentAuthor = demoAgent, scripted = false): void {
    this.#agents.set(userId, { agent, scripted });
    this.#options.sendTo(userId, events({ type: "agent_connected", author: agent }));
    if (scripted) this.#typeThenSay(userId, `Hi, I'm ${agent.firstName}. How can I help?`);
  }

  /** The agent sends a message; returns its messageId (undefined when no agent is connected). */
  say(userId: string, text: string): string | undefined {
    const entry = this.#agents.get(userId);
    if (entry === undefined) return undefined;
    this.typing(userId, false);
    return this.#options.push(userId, {
      parts: [text],
      author: entry.agent,
      agentMessageId: `desk-${randomUUID()}`,
    });
  }

  typing(userId: string, on: boolean): void {
    const entry = this.#agents.get(userId);
    if (entry === undefined) return;
    this.#options.sendTo(
      userId,
      events({ type: on ? "typing" : "stoptyping", author: entry.agent }),
    );
  }

  /** A receipt for the user's message (`clientMessageId`, or `"all"`). */
  receipt(userId: string, kind: "delivered" | "read", clientMessageId: number | string): void {
    this.#options.sendTo(
      userId,
      events({ type: kind === "read" ? "message_read" : "message_delivered", clientMessageId }),
    );
  }

  leave(userId: string): void {
    const entry = this.#agents.get(userId);
    if (entry === undefined) return;
    this.#agents.delete(userId);
    this.#options.sendTo(userId, events({ type: "agent_disconnected", author: entry.agent }));
  }

  /** A new socket of the user: the platform says again who is connected. */
  socketOpened(userId: string, send: (frame: unknown) => void): void {
    const entry = this.#agents.get(userId);
    if (entry !== undefined) send(events({ type: "agent_connected", author: entry.agent }));
  }

  /**
   * The user wrote while an agent is connected: it reaches the agent, not the bot. The scripted
   * agent confirms delivery, reads it, types and answers; "bye" ends the chat.
   */
  userSaid(userId: string, clientMessageId: number | string, body: string): void {
    const entry = this.#agents.get(userId);
    if (entry === undefined || !entry.scripted) return;
    this.receipt(userId, "delivered", clientMessageId);
    this.#options.later(200, () => {
      if (this.#agents.get(userId) !== entry) return;
      this.receipt(userId, "read", clientMessageId);
      if (/^\s*(bye|goodbye)\b/i.test(body)) {
        this.say(userId, "Thanks for chatting. Goodbye!");
        this.#options.later(100, () => this.leave(userId));
        return;
      }
      this.#typeThenSay(
        userId,
        `Thanks, I see: "${body.trim().slice(0, 200)}". Let me check that for you.`,
      );
    });
  }

  #typeThenSay(userId: string, text: string): void {
    this.typing(userId, true);
    const entry = this.#agents.get(userId);
    this.#options.later(this.#options.typingMs ?? 600, () => {
      if (this.#agents.get(userId) === entry) this.say(userId, text);
    });
  }
}
