import type { BotMessageFrame, ClientMessageId } from "../protocol/frames.js";

/** `queued`: waits for an open socket. `in_flight`: written to a socket, no ack yet. */
export type OutboxEntryState = "queued" | "in_flight";

export interface OutboxEntry {
  readonly frame: BotMessageFrame;
  state: OutboxEntryState;
  /** How many times the frame was written to a socket. */
  attempts: number;
  /** When it was last written (scheduler time), for the ack deadline. */
  sentAt: number | undefined;
}

/**
 * The user messages not yet acknowledged, in the order they were sent. Every
 * message leaves it exactly one way: acknowledged or failed.
 *
 * @example
 * const outbox = new Outbox();
 * outbox.add(frame);
 * for (const entry of outbox.sendable()) socket.send(JSON.stringify(entry.frame));
 */
export class Outbox {
  readonly #entries = new Map<ClientMessageId, OutboxEntry>();

  get size(): number {
    return this.#entries.size;
  }

  add(frame: BotMessageFrame): OutboxEntry {
    const entry: OutboxEntry = { frame, state: "queued", attempts: 0, sentAt: undefined };
    this.#entries.set(frame.clientMessageId, entry);
    return entry;
  }

  has(id: ClientMessageId): boolean {
    return this.#entries.has(id);
  }

  /** Queued entries, oldest first: what to write once a socket is open. */
  sendable(): OutboxEntry[] {
    return [...this.#entries.values()].filter((entry) => entry.state === "queued");
  }

  inFlight(): OutboxEntry[] {
    return [...this.#entries.values()].filter((entry) => entry.state === "in_flight");
  }

  markSent(entry: OutboxEntry, at: number): void {
    entry.state = "in_flight";
    entry.attempts += 1;
    entry.sentAt = at;
  }

  /** The socket dropped: whatever was in flight goes out again, same id, same order. */
  requeueInFlight(): void {
    for (const entry of this.#entries.values()) entry.state = "queued";
  }

  /** Removes and returns the entry, for an ack or a failure. */
  take(id: ClientMessageId): OutboxEntry | undefined {
    const entry = this.#entries.get(id);
    this.#entries.delete(id);
    return entry;
  }

  takeAll(): OutboxEntry[] {
    const entries = [...this.#entries.values()];
    this.#entries.clear();
    return entries;
  }
}
