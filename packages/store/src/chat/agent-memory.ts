import type { KeyValueStorage } from "@kore-chat/transport";
import type { AgentState } from "./chat-state.js";

/** Remembers a connected live agent across a page reload (session storage), per bot and user. */
export interface AgentMemory {
  /** The agent remembered for `userId` (any user when it is not known yet). */
  recall(userId: string | undefined): AgentState | undefined;
  /** Who the remembered agent belongs to. */
  readonly owner: string | undefined;
  remember(agent: AgentState, userId: string | undefined): void;
  forget(): void;
}

const maxLength = 2_000;

/**
 * A live agent kept in `storage` under one key per bot: `{ userId, name, avatar }`. Unreadable
 * or foreign entries read as nothing; storage that throws (private modes) is skipped.
 *
 * @example
 * const memory = createAgentMemory(sessionStorage, "st-123");
 * memory.remember({ connected: true, name: "Maya", typing: false }, "u-1");
 */
export function createAgentMemory(
  storage: KeyValueStorage | undefined,
  taskBotId: string,
): AgentMemory {
  const key = `kore-chat:agent:${taskBotId}`;
  const read = (): { userId?: unknown; name?: unknown; avatar?: unknown } | undefined => {
    try {
      const text = storage?.getItem(key);
      if (text == null || text.length > maxLength) return undefined;
      const value: unknown = JSON.parse(text);
      return typeof value === "object" && value !== null ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const optionalString = (value: unknown) => (typeof value === "string" ? value : undefined);
  return {
    recall(userId) {
      const stored = read();
      if (stored === undefined) return undefined;
      const owner = optionalString(stored.userId);
      if (userId !== undefined && owner !== undefined && owner !== userId) return undefined;
      return {
        connected: true,
        name: optionalString(stored.name),
        avatar: optionalString(stored.avatar),
        typing: false,
      };
    },
    get owner() {
      return optionalString(read()?.userId);
    },
    remember(agent, userId) {
      try {
        storage?.setItem(key, JSON.stringify({ userId, name: agent.name, avatar: agent.avatar }));
      } catch {
        // Storage full or blocked: the platform says it again after a reload.
      }
    },
    forget() {
      try {
        storage?.removeItem(key);
      } catch {
        // As above.
      }
    },
  };
}
