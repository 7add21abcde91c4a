import type { ClientMessageId } from "../protocol/frames.js";

/**
 * Message ids as the platform's samples make them (the send time in ms), but
 * strictly increasing, so two messages sent in the same millisecond differ.
 *
 * @example
 * const nextId = createMessageIdGenerator(Date.now);
 * nextId() !== nextId(); // true, even within one millisecond
 */
export function createMessageIdGenerator(
  now: () => number,
  /** Ids already used (e.g. restored from storage); new ids come after them. */
  after: ClientMessageId = 0,
): () => ClientMessageId {
  let last = after;
  return () => {
    last = Math.max(Math.floor(now()), last + 1);
    return last;
  };
}
