/** What the embed keeps for a bot while the tab lives: whether the panel was open, the draft, the sound. */
export interface RememberedChat {
  readonly open?: boolean;
  readonly draft?: string;
  /** The visitor's choice of the header's Message sound toggle. */
  readonly sound?: boolean;
}

export interface SessionMemory {
  read(): RememberedChat;
  /** Merges `change` into what is kept. */
  write(change: RememberedChat): void;
}

const DRAFT_LIMIT = 10_000;

/**
 * The panel's open state and the unsent draft, in `sessionStorage` under one key per bot, so a
 * visitor who goes to another page of the site (or reloads) finds the chat as they left it.
 * Session storage is per tab and per origin, and cleared when the tab closes. Storage that is
 * unavailable (blocked, full, sandboxed) keeps nothing and throws nothing; a stored value of
 * the wrong shape is ignored.
 *
 * @example
 * const memory = createSessionMemory("st-123", window.sessionStorage);
 * memory.write({ open: true });
 */
export function createSessionMemory(
  botId: string,
  storage: () => Storage | undefined,
): SessionMemory {
  const key = `kore-chat:${botId}`;
  const read = (): RememberedChat => {
    try {
      const value: unknown = JSON.parse(storage()?.getItem(key) ?? "{}");
      if (typeof value !== "object" || value === null) return {};
      const { open, draft, sound } = value as Record<string, unknown>;
      return {
        ...(typeof open === "boolean" ? { open } : {}),
        ...(typeof sound === "boolean" ? { sound } : {}),
        ...(typeof draft === "string" ? { draft: draft.slice(0, DRAFT_LIMIT) } : {}),
      };
    } catch {
      return {};
    }
  };
  return {
    read,
    write(change) {
      try {
        storage()?.setItem(key, JSON.stringify({ ...read(), ...change }));
      } catch {
        // Full or blocked: the chat works the same, it just is not remembered.
      }
    },
  };
}

/** The page's session storage, or undefined where reading it throws (blocked cookies, sandbox). */
export function pageSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
