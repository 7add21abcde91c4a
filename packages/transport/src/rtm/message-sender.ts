import type { Scheduler, TimerHandle } from "../environment.js";
import type { KoreTransportError } from "../errors.js";
import type { AckFrame, BotMessageFrame, ClientMessageId } from "../protocol/frames.js";
import { Outbox, type OutboxEntry } from "./outbox.js";

export interface SendFailure {
  readonly clientMessageId: ClientMessageId;
  readonly reason: string;
  readonly error?: KoreTransportError;
}

export interface MessageSenderOptions {
  readonly scheduler: Scheduler;
  /** A message not acknowledged this long on an open socket means the socket is broken. */
  readonly ackTimeoutMs: number;
  /** After this many writes without an ack, the message is reported failed. */
  readonly maxSendAttempts: number;
  /** Writes to the open socket; false when there is none. */
  readonly write: (frame: BotMessageFrame) => boolean;
  readonly onAckOverdue: (reason: string) => void;
  readonly onAcknowledged: (ack: AckFrame) => void;
  readonly onFailed: (failure: SendFailure) => void;
}

export interface MessageSender {
  /** Queues a message and writes it if the socket is open. */
  enqueue(frame: BotMessageFrame): void;
  /** Reports a message failed on the next microtask (after `send` has returned its id). */
  failSoon(frame: BotMessageFrame, error: KoreTransportError): void;
  /** Queues a failed message again, same id. */
  retry(clientMessageId: ClientMessageId): boolean;
  /** Takes back a message the previous page gave up on, for `retry`. */
  restoreFailed(frame: BotMessageFrame): void;
  /** Forgets a message without reporting it (it belonged to another user). */
  discard(clientMessageId: ClientMessageId): void;
  acknowledge(ack: AckFrame): void;
  /** Writes every queued message, in order (call when a socket opens). */
  flush(): void;
  /** The socket is gone: what was in flight is queued again. */
  socketGone(): void;
  failAll(error: KoreTransportError): void;
}

/**
 * The delivery guarantee: every message is written in order, re-written with
 * the same id after a reconnect until acknowledged, and ends exactly once as
 * acknowledged (`onAcknowledged`) or failed (`onFailed`).
 *
 * @example
 * const sender = createMessageSender({ scheduler, ackTimeoutMs: 20_000, maxSendAttempts: 5, write, onAckOverdue, onAcknowledged, onFailed });
 * sender.enqueue(frame);
 * socket.onopen = () => sender.flush();
 */
export function createMessageSender(options: MessageSenderOptions): MessageSender {
  const { scheduler } = options;
  const outbox = new Outbox();
  const failedFrames = new Map<ClientMessageId, BotMessageFrame>();
  let ackTimer: TimerHandle | undefined;

  function stopWatching() {
    if (ackTimer !== undefined) scheduler.clearTimeout(ackTimer);
    ackTimer = undefined;
  }

  function watchAcks() {
    if (ackTimer !== undefined) return;
    const sentTimes = outbox.inFlight().map((entry) => entry.sentAt ?? scheduler.now());
    if (sentTimes.length === 0) return;
    const due = Math.min(...sentTimes) + options.ackTimeoutMs;
    ackTimer = scheduler.setTimeout(() => {
      ackTimer = undefined;
      const now = scheduler.now();
      const overdue = outbox
        .inFlight()
        .some((entry) => now - (entry.sentAt ?? now) >= options.ackTimeoutMs);
      if (overdue) options.onAckOverdue(`no ack within ${options.ackTimeoutMs} ms`);
      else watchAcks();
    }, due - scheduler.now());
  }

  function fail(entry: OutboxEntry, reason: string, error?: KoreTransportError) {
    outbox.take(entry.frame.clientMessageId);
    failedFrames.set(entry.frame.clientMessageId, entry.frame);
    options.onFailed({
      clientMessageId: entry.frame.clientMessageId,
      reason,
      ...(error === undefined ? {} : { error }),
    });
  }

  function flush() {
    for (const entry of outbox.sendable()) {
      if (entry.attempts >= options.maxSendAttempts) {
        fail(entry, `not acknowledged after ${entry.attempts} attempts`);
        continue;
      }
      if (!options.write(entry.frame)) break;
      outbox.markSent(entry, scheduler.now());
    }
    watchAcks();
  }

  return {
    enqueue(frame) {
      outbox.add(frame);
      flush();
    },
    failSoon(frame, error) {
      const entry = outbox.add(frame);
      queueMicrotask(() => fail(entry, error.message, error));
    },
    retry(clientMessageId) {
      const frame = failedFrames.get(clientMessageId);
      if (frame === undefined) return false;
      failedFrames.delete(clientMessageId);
      outbox.add(frame);
      flush();
      return true;
    },
    restoreFailed(frame) {
      failedFrames.set(frame.clientMessageId, frame);
    },
    discard(clientMessageId) {
      outbox.take(clientMessageId);
      failedFrames.delete(clientMessageId);
    },
    acknowledge(ack) {
      const entry = outbox.take(ack.replyto);
      // A second ack for a message re-sent after a reconnect: it was reported once already.
      if (entry === undefined) return;
      if (!ack.ok) failedFrames.set(entry.frame.clientMessageId, entry.frame);
      options.onAcknowledged(ack);
    },
    flush,
    socketGone() {
      stopWatching();
      outbox.requeueInFlight();
    },
    failAll(error) {
      stopWatching();
      for (const entry of outbox.takeAll()) fail(entry, error.message, error);
    },
  };
}
