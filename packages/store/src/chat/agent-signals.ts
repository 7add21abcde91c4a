import type { AgentEvent, Scheduler, TimerHandle } from "@kore-chat/transport";

/** Whether the page is on screen, and news of when it comes back (the receipts' `message_read`). */
export interface PageVisibility {
  isVisible(): boolean;
  /** Calls `listener` whenever visibility may have changed; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The browser's `document.visibilityState`; always visible where there is no document. */
export function browserPageVisibility(): PageVisibility {
  const doc = (globalThis as { document?: Document }).document;
  if (doc === undefined) return { isVisible: () => true, subscribe: () => () => undefined };
  return {
    isVisible: () => doc.visibilityState !== "hidden",
    subscribe(listener) {
      doc.addEventListener("visibilitychange", listener);
      return () => doc.removeEventListener("visibilitychange", listener);
    },
  };
}

export interface AgentSignalsOptions {
  readonly scheduler: Scheduler;
  readonly visibility: PageVisibility;
  /** Writes one ephemeral event (the client's `sendEvent`); false when the socket is not open. */
  readonly sendEvent: (event: AgentEvent) => boolean;
  /** `stop_typing` after this long without a key. Default 500 ms. */
  readonly typingIdleMs?: number;
}

export interface AgentSignals {
  /** The user pressed a key while an agent is connected: one `typing` per burst. */
  userTyped(): void;
  /** The user sent, or the agent left: a pending `typing` burst ends with `stop_typing` now. */
  stopTyping(): void;
  /** An agent message arrived: `message_delivered` now, `message_read` once the page is visible. */
  agentMessageReceived(messageId: string, agentMessageId: string | undefined): void;
  dispose(): void;
}

/**
 * What the widget tells a live agent (PROTOCOL.md §9), throttled and ephemeral: nothing here
 * is queued, a signal the socket could not take is simply not sent (a read receipt waits for
 * the page to be visible, not for the socket).
 *
 * @example
 * const signals = createAgentSignals({ scheduler, visibility: browserPageVisibility(), sendEvent: (e) => client.sendEvent(e) });
 * input.onkeydown = () => signals.userTyped();
 */
export function createAgentSignals(options: AgentSignalsOptions): AgentSignals {
  const { scheduler, visibility, sendEvent } = options;
  const idleMs = options.typingIdleMs ?? 500;
  let typingTimer: TimerHandle | undefined;
  let typingSent = false;
  const unread: Array<{ messageId: string; agentMessageId: string | undefined }> = [];

  const clearTypingTimer = () => {
    if (typingTimer !== undefined) scheduler.clearTimeout(typingTimer);
    typingTimer = undefined;
  };

  function stopTyping() {
    clearTypingTimer();
    if (!typingSent) return;
    typingSent = false;
    sendEvent({ event: "stop_typing" });
  }

  function readWhatIsVisible() {
    if (!visibility.isVisible()) return;
    for (const { messageId, agentMessageId } of unread.splice(0)) {
      sendEvent({ event: "message_read", messageId, agentMessageId });
    }
  }

  const unsubscribe = visibility.subscribe(readWhatIsVisible);

  return {
    userTyped() {
      if (!typingSent) typingSent = sendEvent({ event: "typing" });
      clearTypingTimer();
      if (typingSent) typingTimer = scheduler.setTimeout(stopTyping, idleMs);
    },
    stopTyping,
    agentMessageReceived(messageId, agentMessageId) {
      sendEvent({ event: "message_delivered", messageId, agentMessageId });
      unread.push({ messageId, agentMessageId });
      readWhatIsVisible();
    },
    dispose() {
      clearTypingTimer();
      unsubscribe();
      unread.length = 0;
    },
  };
}
