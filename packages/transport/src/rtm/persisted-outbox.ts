import type { BotMessageFrame, ClientMessageId } from "../protocol/frames.js";
import type { OutboxStorage, StoredMessage } from "./outbox-storage.js";

/**
 * Mirrors the unacknowledged messages into an `OutboxStorage`, so a reload does
 * not lose what the user typed: `restored` is what the previous page left
 * (pending or failed), to be shown and sent again with the same ids.
 *
 * @example
 * const persisted = createPersistedOutbox(storage);
 * persisted.added(frame, Date.now(), userId);
 * persisted.removed(ack.replyto);
 */
export interface PersistedOutbox {
  readonly restored: readonly StoredMessage[];
  added(frame: BotMessageFrame, queuedAt: number, userId: string | undefined): void;
  removed(id: ClientMessageId): void;
  setFailed(id: ClientMessageId, failed: boolean): void;
  /**
   * The token grant named the user: messages saved without a user become theirs;
   * messages another user left in this tab are dropped and their ids returned.
   */
  claim(userId: string): ClientMessageId[];
}

export function createPersistedOutbox(storage: OutboxStorage | undefined): PersistedOutbox {
  const restored = storage?.load() ?? [];
  const messages = new Map<ClientMessageId, StoredMessage>(
    restored.map((message) => [message.clientMessageId, message]),
  );
  const save = () => storage?.save([...messages.values()]);

  return {
    restored,
    added(frame, queuedAt, userId) {
      messages.set(frame.clientMessageId, {
        clientMessageId: frame.clientMessageId,
        body: frame.message.body,
        renderMsg: frame.message.renderMsg,
        attachments: frame.message.attachments,
        queuedAt,
        userId,
        failed: false,
      });
      save();
    },
    removed(id) {
      if (messages.delete(id)) save();
    },
    setFailed(id, failed) {
      const message = messages.get(id);
      if (message === undefined || message.failed === failed) return;
      messages.set(id, { ...message, failed });
      save();
    },
    claim(userId) {
      const foreign: ClientMessageId[] = [];
      let changed = false;
      for (const message of messages.values()) {
        if (message.userId === userId) continue;
        changed = true;
        if (message.userId === undefined) {
          messages.set(message.clientMessageId, { ...message, userId });
        } else {
          messages.delete(message.clientMessageId);
          foreign.push(message.clientMessageId);
        }
      }
      if (changed) save();
      return foreign;
    },
  };
}
