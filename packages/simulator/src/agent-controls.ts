import type { AgentAuthor } from "./bot-turn.js";

/**
 * Acting as a live agent from a test (`simulator.agent`, and `POST /__simulator/agent/<command>`
 * with `{ identity, … }`): the agent joins, types, says, confirms and leaves when told to.
 */
export interface AgentControls {
  /** The agent joins the user's conversation (`agent_connected`); default Maya Lopez. */
  connect(identityOrUserId: string, agent?: AgentAuthor): void;
  /** The agent sends `text`; returns its messageId, undefined when no agent is connected. */
  say(identityOrUserId: string, text: string): string | undefined;
  typing(identityOrUserId: string, on: boolean): void;
  /** `message_read` for one of the user's messages, or `"all"`. */
  read(identityOrUserId: string, clientMessageId: number | "all"): void;
  deliver(identityOrUserId: string, clientMessageId: number | "all"): void;
  /** The agent leaves (`agent_disconnected`). */
  leave(identityOrUserId: string): void;
}
