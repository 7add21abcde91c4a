import * as v from "valibot";
import type {
  AckFrame,
  BotActiveFrame,
  BotResponseFrame,
  EventsFrame,
  FrameAuthor,
  HelloFrame,
  IncomingFrame,
  IncomingFrameType,
  PongFrame,
  SessionStartFrame,
  UserMessageFrame,
} from "./frames.js";

/**
 * Runtime schemas for incoming frames. Each is typed against the hand-written
 * union in `frames.ts` (the annotation fails to compile if they drift apart)
 * and is *loose*: unknown fields pass through untouched.
 */
type SchemaOf<T> = v.GenericSchema<unknown, T>;

/** Ids are numbers on the wire; a digits-only string is accepted and read as a number. */
export const clientMessageIdSchema = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.regex(/^\d{1,16}$/), v.transform(Number)),
]);

const optionalString = v.optional(v.string());
/** A field whose wrong type must not cost the whole frame: it reads as absent. */
const lenientString = v.fallback(optionalString, undefined);
const lenientBoolean = v.fallback(v.optional(v.boolean()), undefined);

const botInfoSchema = v.optional(
  v.looseObject({ chatBot: optionalString, taskBotId: optionalString }),
);

const authorSchema: SchemaOf<FrameAuthor | undefined> = v.optional(
  v.looseObject({
    id: lenientString,
    firstName: optionalString,
    lastName: optionalString,
    type: optionalString,
    profileIcon: lenientString,
  }),
);

const ackSchema: SchemaOf<AckFrame> = v.looseObject({
  type: v.literal("ack"),
  ok: v.boolean(),
  replyto: clientMessageIdSchema,
  message: optionalString,
});

const botResponseSchema: SchemaOf<BotResponseFrame> = v.looseObject({
  type: v.literal("bot_response"),
  from: optionalString,
  messageId: optionalString,
  message: v.array(v.looseObject({ type: optionalString })),
  botInfo: botInfoSchema,
  createdOn: optionalString,
  icon: optionalString,
  traceId: optionalString,
  author: v.fallback(authorSchema, undefined),
  sM: lenientBoolean,
  endChunk: lenientBoolean,
  agent_MessageId: lenientString,
});

const userMessageSchema: SchemaOf<UserMessageFrame> = v.looseObject({
  type: v.literal("user_message"),
  from: optionalString,
  id: v.optional(clientMessageIdSchema),
  message: v.looseObject({
    body: v.string(),
    renderMsg: optionalString,
    attachments: v.optional(v.array(v.unknown())),
  }),
  botInfo: botInfoSchema,
  createdOn: optionalString,
});

const eventsSchema: SchemaOf<EventsFrame> = v.looseObject({
  type: v.literal("events"),
  message: v.looseObject({
    type: v.string(),
    clientMessageId: v.optional(v.union([v.literal("all"), clientMessageIdSchema])),
    author: authorSchema,
  }),
});

const pongSchema: SchemaOf<PongFrame> = v.looseObject({ type: v.literal("pong") });
const helloSchema: SchemaOf<HelloFrame> = v.looseObject({ type: v.literal("hello") });
const sessionStartSchema: SchemaOf<SessionStartFrame> = v.looseObject({
  type: v.literal("Session_Start"),
  sessionId: optionalString,
});
const botActiveSchema: SchemaOf<BotActiveFrame> = v.looseObject({
  type: v.literal("Bot_Active"),
  recentSessionInfo: v.fallback(
    v.optional(v.looseObject({ isActive: lenientBoolean, sessionId: lenientString })),
    undefined,
  ),
});

/** One schema per frame `type`; the mapped type makes a missing entry a compile error. */
export const incomingFrameSchemas: {
  readonly [K in IncomingFrameType]: SchemaOf<Extract<IncomingFrame, { type: K }>>;
} = {
  ack: ackSchema,
  bot_response: botResponseSchema,
  user_message: userMessageSchema,
  events: eventsSchema,
  pong: pongSchema,
  hello: helloSchema,
  Session_Start: sessionStartSchema,
  Bot_Active: botActiveSchema,
};
