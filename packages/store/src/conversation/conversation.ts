import type { MessagePart } from "../normalize/message-parts.js";
import type { ChatMessage, DeliveryStatus, MessageAuthor } from "./chat-message.js";

/**
 * The conversation: messages ordered by `createdAt`, arrival order among
 * equals. Every function here is pure and returns a new array when anything
 * changed (the same array when nothing did), so they are the merge rules in
 * one testable place.
 */
export type Conversation = readonly ChatMessage[];

/**
 * How far apart in time a live message and a history row may be and still be
 * the same message when no id ties them (user messages never have one live).
 */
export const MATCH_WINDOW_MS = 5 * 60_000;

export interface LocalSend {
  readonly clientMessageId: number;
  readonly body: string;
  readonly parts: readonly MessagePart[];
  readonly createdAt: number;
}

export interface LiveBotTurn {
  readonly platformId?: string | undefined;
  readonly author: Extract<MessageAuthor, "bot" | "agent">;
  readonly parts: readonly MessagePart[];
  readonly createdAt: number;
  readonly icon?: string | undefined;
  /** A live agent's name, shown with the message. */
  readonly authorName?: string | undefined;
  /** The agent desk's id of the message (`agent_MessageId`). */
  readonly agentMessageId?: string | undefined;
}

export interface EchoedUserMessage {
  readonly clientMessageId?: number | undefined;
  readonly body: string;
  readonly parts: readonly MessagePart[];
  readonly createdAt: number;
}

/** A history row, read: `author` from `type`, parts normalised, `createdAt` from its timestamp. */
export interface HistoryMessage {
  readonly platformId: string;
  readonly author: Extract<MessageAuthor, "user" | "bot">;
  readonly body?: string | undefined;
  readonly parts: readonly MessagePart[];
  readonly createdAt: number;
}

/** What a message says, as one string, to recognise the same turn from two sources. */
export function contentSignature(parts: readonly MessagePart[]): string {
  return parts
    .map((part) =>
      part.kind === "text" ? part.text : part.kind === "media" ? part.url : part.fallbackText,
    )
    .join("\u241e")
    .trim();
}

function insertionIndex(conversation: Conversation, createdAt: number): number {
  let low = 0;
  let high = conversation.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((conversation[middle]?.createdAt ?? 0) <= createdAt) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inserts a message at its place in time (after the messages of the same time). */
export function insertMessage(conversation: Conversation, message: ChatMessage): Conversation {
  return insert(conversation, message);
}

function insert(conversation: Conversation, message: ChatMessage): Conversation {
  const index = insertionIndex(conversation, message.createdAt);
  return [...conversation.slice(0, index), message, ...conversation.slice(index)];
}

function replace(conversation: Conversation, index: number, message: ChatMessage): Conversation {
  const next = conversation.slice();
  next[index] = message;
  return next;
}

/**
 * How far `at` is from a message in time. A send is stored by the platform between its writing
 * and its ack (minutes apart when it waited offline), any moment in between is distance 0; a
 * send still pending may be stored at any moment from its writing on (its ack may be on the way).
 */
function distanceInTime(message: ChatMessage, at: number): number {
  const from = message.createdAt;
  const to =
    message.status === "pending"
      ? Number.POSITIVE_INFINITY
      : Math.max(from, message.deliveredAt ?? from);
  return at < from ? from - at : at > to ? at - to : 0;
}

/** The closest message within the window that `accepts`, or -1. */
function closestMatch(
  conversation: Conversation,
  createdAt: number,
  accepts: (message: ChatMessage) => boolean,
  candidates: Iterable<number> = conversation.keys(),
): number {
  let best = -1;
  let bestDistance = MATCH_WINDOW_MS;
  for (const index of candidates) {
    const message = conversation[index];
    if (message === undefined || !accepts(message)) continue;
    const distance = distanceInTime(message, createdAt);
    if (distance <= bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** A message the user sent in this session: `pending` until its ack. */
export function addLocalSend(conversation: Conversation, send: LocalSend): Conversation {
  return insert(conversation, {
    key: String(send.clientMessageId),
    author: "user",
    parts: send.parts,
    createdAt: send.createdAt,
    body: send.body,
    status: "pending",
    clientMessageId: send.clientMessageId,
    live: true,
    inHistory: false,
  });
}

/** Takes out local sends that must not be shown (restored messages of another user). */
export function removeLocalSends(
  conversation: Conversation,
  clientMessageIds: readonly number[],
): Conversation {
  const ids = new Set(clientMessageIds);
  const next = conversation.filter(
    (message) =>
      message.clientMessageId === undefined ||
      !ids.has(message.clientMessageId) ||
      message.inHistory,
  );
  return next.length === conversation.length ? conversation : next;
}

/**
 * Ack (`delivered`), refusal or give-up (`failed`), or a retry (`pending` again). `deliveredAt`
 * (an ack's time, on the platform's clock) lets the message's history row be recognised even
 * when it was stored long after the message was written.
 */
export function setDeliveryStatus(
  conversation: Conversation,
  clientMessageId: number,
  status: DeliveryStatus,
  failureReason?: string,
  deliveredAt?: number,
): Conversation {
  const index = conversation.findIndex((message) => message.clientMessageId === clientMessageId);
  const message = conversation[index];
  if (message === undefined || message.status === undefined) return conversation;
  if (message.status === status && message.failureReason === failureReason) return conversation;
  // A late failure never undoes a delivery the platform confirmed.
  if (message.status === "delivered" && status === "failed") return conversation;
  const acknowledged =
    status === "delivered" && deliveredAt !== undefined && message.deliveredAt === undefined
      ? { deliveredAt }
      : {};
  return replace(conversation, index, { ...message, status, failureReason, ...acknowledged });
}

/** A bot (or live agent) turn from the socket. Shown once even if history had it first. */
export function addLiveBotTurn(conversation: Conversation, turn: LiveBotTurn): Conversation {
  const { platformId } = turn;
  if (platformId !== undefined) {
    const index = conversation.findIndex((message) => message.platformId === platformId);
    const existing = conversation[index];
    if (existing !== undefined) {
      return existing.live
        ? conversation
        : replace(conversation, index, { ...existing, live: true });
    }
  } else {
    const signature = contentSignature(turn.parts);
    const index = closestMatch(
      conversation,
      turn.createdAt,
      (message) =>
        message.author !== "user" &&
        message.inHistory &&
        !message.live &&
        contentSignature(message.parts) === signature,
    );
    const existing = conversation[index];
    if (existing !== undefined) return replace(conversation, index, { ...existing, live: true });
  }
  return insert(conversation, {
    key: platformId ?? `live-${turn.createdAt}-${conversation.length}`,
    author: turn.author,
    parts: turn.parts,
    createdAt: turn.createdAt,
    platformId,
    live: true,
    inHistory: false,
    icon: turn.icon,
    ...(turn.authorName === undefined ? {} : { authorName: turn.authorName }),
    ...(turn.agentMessageId === undefined ? {} : { agentMessageId: turn.agentMessageId }),
  });
}

/** The same user wrote this in another session (`user_message`): shown as their own, once. */
export function addEchoedUserMessage(
  conversation: Conversation,
  echo: EchoedUserMessage,
): Conversation {
  const { clientMessageId } = echo;
  if (
    clientMessageId !== undefined &&
    conversation.some((message) => message.clientMessageId === clientMessageId)
  ) {
    return conversation;
  }
  const index = closestMatch(
    conversation,
    echo.createdAt,
    (message) =>
      message.author === "user" && message.inHistory && !message.live && message.body === echo.body,
  );
  const existing = conversation[index];
  if (existing !== undefined) {
    return replace(conversation, index, { ...existing, live: true, clientMessageId });
  }
  return insert(conversation, {
    key: clientMessageId === undefined ? `echo-${echo.createdAt}` : String(clientMessageId),
    author: "user",
    parts: echo.parts,
    createdAt: echo.createdAt,
    body: echo.body,
    // The platform echoed it, so it has it: delivered.
    status: "delivered",
    clientMessageId,
    live: true,
    inHistory: false,
  });
}

/**
 * Merges a page of history. A row already shown (same platform id, or the
 * live message it records) is merged into it, never added; the rest are
 * inserted in time order. Pages may overlap and arrive in any order.
 */
export function mergeHistory(
  conversation: Conversation,
  rows: readonly HistoryMessage[],
): Conversation {
  if (rows.length === 0) return conversation;
  const next = conversation.slice();
  const indexByPlatformId = new Map<string, number>();
  const unmatchedLive: number[] = [];
  next.forEach((message, index) => {
    if (message.platformId !== undefined) indexByPlatformId.set(message.platformId, index);
    else if (message.live && !message.inHistory) unmatchedLive.push(index);
  });

  const added: ChatMessage[] = [];
  const addedIds = new Set<string>();
  let changed = false;
  for (const row of rows) {
    if (addedIds.has(row.platformId)) continue;
    const known = indexByPlatformId.get(row.platformId);
    if (known !== undefined) {
      const message = next[known];
      if (message?.streamed === true && (message.streaming !== undefined || !message.inHistory)) {
        // A streamed answer: the row holds the whole text, whatever chunks were lost or
        // re-delivered on the way, and ends the stream.
        const { streaming: _streaming, ...rest } = message;
        next[known] = {
          ...rest,
          parts: row.parts.length > 0 ? row.parts : rest.parts,
          inHistory: true,
        };
        changed = true;
      } else if (message !== undefined && !message.inHistory) {
        next[known] = { ...message, inHistory: true };
        changed = true;
      }
      continue;
    }
    const signature = contentSignature(row.parts);
    const match = closestMatch(
      next,
      row.createdAt,
      (message) =>
        message.platformId === undefined &&
        (row.author === "user"
          ? message.author === "user" && message.body === row.body
          : message.author !== "user" && contentSignature(message.parts) === signature),
      unmatchedLive,
    );
    const message = next[match];
    if (message !== undefined) {
      // Stored by the platform: delivered, even if its ack was lost on the way.
      const status = message.status === undefined ? undefined : ("delivered" as const);
      next[match] = { ...message, platformId: row.platformId, inHistory: true, status };
      indexByPlatformId.set(row.platformId, match);
      changed = true;
      continue;
    }
    addedIds.add(row.platformId);
    added.push({
      key: row.platformId,
      author: row.author,
      parts: row.parts,
      createdAt: row.createdAt,
      body: row.body,
      // A user message in the platform's history was delivered.
      ...(row.author === "user" ? { status: "delivered" as const } : {}),
      platformId: row.platformId,
      live: false,
      inHistory: true,
    });
  }
  if (added.length === 0) return changed ? next : conversation;
  return mergeSorted(next, added);
}

/** Merges new messages into an ordered conversation in one pass (pages are small, conversations long). */
function mergeSorted(conversation: Conversation, added: ChatMessage[]): Conversation {
  const incoming = added.slice().sort((a, b) => a.createdAt - b.createdAt);
  const merged: ChatMessage[] = new Array(conversation.length + incoming.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < conversation.length || j < incoming.length) {
    const current = conversation[i];
    const candidate = incoming[j];
    if (
      candidate === undefined ||
      (current !== undefined && current.createdAt <= candidate.createdAt)
    ) {
      merged[k] = current as ChatMessage;
      i += 1;
    } else {
      merged[k] = candidate;
      j += 1;
    }
    k += 1;
  }
  return merged;
}
