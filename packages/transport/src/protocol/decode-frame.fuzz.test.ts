import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type DecodeResult, decodeFrame } from "./decode-frame.js";
import type {
  AckFrame,
  BotActiveFrame,
  BotMessagePart,
  BotResponseFrame,
  EventsFrame,
  FrameAuthor,
  HelloFrame,
  IncomingBotInfo,
  IncomingFrame,
  IncomingFrameType,
  PongFrame,
  SessionStartFrame,
  UserMessageFrame,
} from "./frames.js";

/**
 * Fuzzing the socket's frame decoder (issue 5): 10,000 generated cases per property, seeded so
 * a failure replays (`KORE_FUZZ_SEED` picks another seed). Every input is judged against an
 * oracle written here from PROTOCOL.md §4 and TEMPLATES.md §4, independent of the valibot
 * schema, so the decoder must accept exactly the frames the spec allows, reject the rest with
 * the right reason, and never throw.
 */
const numRuns = 10_000;
const seed = Number(process.env.KORE_FUZZ_SEED ?? 0x6b6f7265);
const runs = { numRuns, seed };

const knownTypes = [
  "ack",
  "bot_response",
  "user_message",
  "events",
  "pong",
  "hello",
  "Session_Start",
  "Bot_Active",
] as const satisfies readonly IncomingFrameType[];
// A frame type added to the union and forgotten here fails to compile.
const everyTypeListed: Exclude<IncomingFrameType, (typeof knownTypes)[number]> extends never
  ? true
  : false = true;

const reasons = [
  "ok",
  "invalid_json",
  "not_an_object",
  "missing_type",
  "unknown_type",
  "invalid_shape",
] as const;
type Outcome = (typeof reasons)[number];

// ---- the oracle: what the spec accepts --------------------------------------------------------

type Fields = Readonly<Record<string, unknown>>;

/** The runtime schema is loose about what an "object" is: anything non-null of type object. */
const objectLike = (value: unknown): value is Fields => typeof value === "object" && value !== null;
const read = (record: Fields, key: string): unknown => (key in record ? record[key] : undefined);
const optional = (record: Fields, key: string, check: (value: unknown) => boolean): boolean => {
  const value = read(record, key);
  return value === undefined || check(value);
};
const isString = (value: unknown): value is string => typeof value === "string";
/** PROTOCOL.md §4: ids are numbers; a digits-only string (≤ 16 digits) is read as one. */
const isWireId = (value: unknown): boolean =>
  (typeof value === "number" && Number.isFinite(value)) ||
  (typeof value === "string" && /^\d{1,16}$/.test(value));
const isBotInfo = (value: unknown): boolean =>
  objectLike(value) &&
  optional(value, "chatBot", isString) &&
  optional(value, "taskBotId", isString);
const isAuthor = (value: unknown): boolean =>
  objectLike(value) && ["firstName", "lastName", "type"].every((k) => optional(value, k, isString));

function specAccepts(frame: Fields, type: IncomingFrameType): boolean {
  switch (type) {
    case "ack":
      return (
        typeof read(frame, "ok") === "boolean" &&
        isWireId(read(frame, "replyto")) &&
        optional(frame, "message", isString)
      );
    case "bot_response": {
      const parts = read(frame, "message");
      return (
        Array.isArray(parts) &&
        // `Array.from`: a hole in a sparse array is an `undefined` part, not a skipped one.
        Array.from(parts as readonly unknown[]).every(
          (part) => objectLike(part) && optional(part, "type", isString),
        ) &&
        ["from", "messageId", "createdOn", "icon", "traceId"].every((k) =>
          optional(frame, k, isString),
        ) &&
        // `author`, `sM`, `endChunk` and `agent_MessageId` are lenient: mistyped reads as absent.
        optional(frame, "botInfo", isBotInfo)
      );
    }
    case "user_message": {
      const message = read(frame, "message");
      return (
        objectLike(message) &&
        isString(read(message, "body")) &&
        optional(message, "renderMsg", isString) &&
        optional(message, "attachments", Array.isArray) &&
        optional(frame, "from", isString) &&
        optional(frame, "id", isWireId) &&
        optional(frame, "botInfo", isBotInfo) &&
        optional(frame, "createdOn", isString)
      );
    }
    case "events": {
      const message = read(frame, "message");
      return (
        objectLike(message) &&
        isString(read(message, "type")) &&
        optional(message, "clientMessageId", (id) => id === "all" || isWireId(id)) &&
        optional(message, "author", isAuthor)
      );
    }
    case "Session_Start":
      return optional(frame, "sessionId", isString);
    case "pong":
    case "hello":
    case "Bot_Active":
      return true;
    default:
      return type satisfies never;
  }
}

/** What `decodeFrame` must answer for `input`, worked out from the spec alone. */
function expectedOutcome(input: unknown): Outcome {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return "invalid_json";
    }
  }
  if (!objectLike(value) || Array.isArray(value)) return "not_an_object";
  const type = value.type;
  if (typeof type !== "string") return "missing_type";
  const known = (knownTypes as readonly string[]).includes(type);
  if (!known) return "unknown_type";
  return specAccepts(value, type as IncomingFrameType) ? "ok" : "invalid_shape";
}

// ---- what a decoded frame must look like (the TypeScript union, checked at run time) ----------

const isPlainRecord = (value: unknown): value is Fields =>
  objectLike(value) && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
const isId = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value);
const plainOptional = (record: Fields, key: string, check: (value: unknown) => boolean) =>
  !Object.hasOwn(record, key) || record[key] === undefined || check(record[key]);
const isDecodedBotInfo = (value: unknown): boolean =>
  isPlainRecord(value) &&
  plainOptional(value, "chatBot", isString) &&
  plainOptional(value, "taskBotId", isString);
const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";
const isDecodedAuthor = (value: unknown): boolean =>
  isPlainRecord(value) &&
  ["id", "firstName", "lastName", "type"].every((k) => plainOptional(value, k, isString));

/** The decoded frame is a plain object of its union member: ids are numbers, objects are objects. */
function isTypedFrame(frame: unknown): frame is IncomingFrame {
  if (!isPlainRecord(frame) || Object.hasOwn(frame, "__proto__")) return false;
  const type = frame.type;
  if (typeof type !== "string" || !(knownTypes as readonly string[]).includes(type)) return false;
  switch (type as IncomingFrameType) {
    case "ack":
      return (
        typeof frame.ok === "boolean" &&
        isId(frame.replyto) &&
        plainOptional(frame, "message", isString)
      );
    case "bot_response":
      return (
        Array.isArray(frame.message) &&
        (frame.message as readonly unknown[]).every(
          (part) => isPlainRecord(part) && plainOptional(part, "type", isString),
        ) &&
        ["from", "messageId", "createdOn", "icon", "traceId"].every((k) =>
          plainOptional(frame, k, isString),
        ) &&
        plainOptional(frame, "botInfo", isDecodedBotInfo) &&
        plainOptional(frame, "author", isDecodedAuthor) &&
        plainOptional(frame, "sM", isBoolean) &&
        plainOptional(frame, "endChunk", isBoolean) &&
        plainOptional(frame, "agent_MessageId", isString)
      );
    case "user_message": {
      const message = frame.message;
      return (
        isPlainRecord(message) &&
        isString(message.body) &&
        plainOptional(message, "renderMsg", isString) &&
        plainOptional(message, "attachments", Array.isArray) &&
        plainOptional(frame, "id", isId) &&
        plainOptional(frame, "botInfo", isDecodedBotInfo)
      );
    }
    case "events": {
      const message = frame.message;
      return (
        isPlainRecord(message) &&
        isString(message.type) &&
        plainOptional(message, "clientMessageId", (id) => id === "all" || isId(id)) &&
        plainOptional(message, "author", isDecodedAuthor)
      );
    }
    case "Session_Start":
      return plainOptional(frame, "sessionId", isString);
    case "Bot_Active":
      return plainOptional(
        frame,
        "recentSessionInfo",
        (info) =>
          isPlainRecord(info) &&
          plainOptional(info, "isActive", isBoolean) &&
          plainOptional(info, "sessionId", isString),
      );
    default:
      return true;
  }
}

/**
 * Checks one answer against the oracle; returns which outcome it was. Plain checks, `expect`
 * only to report a failure: 10,000 cases stay fast.
 */
function judge(input: unknown, result: DecodeResult): Outcome {
  const expected = expectedOutcome(input);
  const outcome: Outcome = result.ok ? "ok" : result.reason;
  if (outcome !== expected) expect(outcome, "the outcome the spec gives").toBe(expected);
  if (result.ok) {
    if (!isTypedFrame(result.frame)) expect.fail(`not a typed frame: ${show(result.frame)}`);
  } else if (result.reason === "unknown_type") {
    if (result.type.length > 80) expect.fail("an unknown type reported at full length");
  } else {
    if (typeof result.detail !== "string" || result.detail.length > 200)
      expect.fail(`a detail that is no short string: ${show(result.detail)}`);
    if (
      result.reason === "invalid_shape" &&
      !(knownTypes as readonly string[]).includes(result.type)
    )
      expect.fail(`invalid_shape of an unknown type ${result.type}`);
  }
  return outcome;
}

function show(value: unknown): string {
  try {
    return String(JSON.stringify(value)).slice(0, 300);
  } catch {
    return String(value).slice(0, 300);
  }
}

// ---- generators: valid frames of every type ---------------------------------------------------

const someString = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 5 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }), weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "12", "all", "<b>x</b>", "\u0000", "\ud800"), weight: 1 },
);
const json = fc.jsonValue({ maxDepth: 3 });
/** Field names a frame does not use (`x_…`), plus the ones an attacker would try. */
const extraKey = fc.oneof(
  fc.string({ maxLength: 8 }).map((key) => `x_${key}`),
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty"),
);
const extras = fc.dictionary(extraKey, json, { maxKeys: 3 });
/** Within 16 digits, so a digits-only string on the wire reads back as this very number. */
const safeId = fc.maxSafeNat();
const id = fc.oneof(
  { arbitrary: safeId, weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);

const botInfo: fc.Arbitrary<IncomingBotInfo> = fc.record(
  { chatBot: someString, taskBotId: someString },
  { requiredKeys: [] },
);
const author: fc.Arbitrary<FrameAuthor> = fc.record(
  {
    id: someString,
    firstName: someString,
    lastName: someString,
    type: fc.constantFrom("AGENT", "BOT", ""),
  },
  { requiredKeys: [] },
);
const part: fc.Arbitrary<BotMessagePart> = fc.record(
  {
    type: fc.constantFrom("text", "template", "image"),
    component: json,
    cInfo: fc.record({ body: fc.oneof(someString, json) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const ack: fc.Arbitrary<AckFrame> = fc.record(
  { type: fc.constant("ack"), ok: fc.boolean(), replyto: id, message: someString },
  { requiredKeys: ["type", "ok", "replyto"] },
);
const botResponse: fc.Arbitrary<BotResponseFrame> = fc.record(
  {
    type: fc.constant("bot_response"),
    from: someString,
    messageId: someString,
    message: fc.array(part, { maxLength: 4 }),
    botInfo,
    createdOn: fc.oneof(
      someString,
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    ),
    icon: someString,
    traceId: someString,
    author,
    sM: fc.boolean(),
    endChunk: fc.boolean(),
    agent_MessageId: someString,
  },
  { requiredKeys: ["type", "message"] },
);
const userMessage: fc.Arbitrary<UserMessageFrame> = fc.record(
  {
    type: fc.constant("user_message"),
    from: someString,
    id,
    message: fc.record(
      { body: someString, renderMsg: someString, attachments: fc.array(json, { maxLength: 2 }) },
      { requiredKeys: ["body"] },
    ),
    botInfo,
    createdOn: someString,
  },
  { requiredKeys: ["type", "message"] },
);
const events: fc.Arbitrary<EventsFrame> = fc.record({
  type: fc.constant("events"),
  message: fc.record(
    {
      type: fc.oneof(
        fc.constantFrom(
          "message_delivered",
          "message_read",
          "typing",
          "stoptyping",
          "agent_connected",
          "agent_disconnected",
        ),
        someString,
      ),
      clientMessageId: fc.oneof(fc.constant("all" as const), id),
      author,
    },
    { requiredKeys: ["type"] },
  ),
});
const pong: fc.Arbitrary<PongFrame> = fc.record({ type: fc.constant("pong") });
const hello: fc.Arbitrary<HelloFrame> = fc.record({ type: fc.constant("hello") });
const sessionStart: fc.Arbitrary<SessionStartFrame> = fc.record(
  { type: fc.constant("Session_Start"), sessionId: someString },
  { requiredKeys: ["type"] },
);
const botActive: fc.Arbitrary<BotActiveFrame> = fc.record(
  {
    type: fc.constant("Bot_Active"),
    recentSessionInfo: fc.record(
      { isActive: fc.boolean(), sessionId: someString },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["type"] },
);

const typedFrame: fc.Arbitrary<IncomingFrame> = fc.oneof(
  ack,
  botResponse,
  userMessage,
  events,
  pong,
  hello,
  sessionStart,
  botActive,
);

/** A JSON round trip: what the frame is once it has been on the wire. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The frame as the platform may spell it: some integer ids as digit strings, extra fields. */
function toWire(frame: IncomingFrame, idsAsStrings: boolean, extra: Fields): Fields {
  const wire: Record<string, unknown> = { ...extra, ...overTheWire(frame) };
  const asString = (value: unknown) =>
    idsAsStrings && Number.isSafeInteger(value) && (value as number) >= 0 ? String(value) : value;
  if (frame.type === "ack") wire.replyto = asString(frame.replyto);
  if (frame.type === "user_message" && frame.id !== undefined) wire.id = asString(frame.id);
  if (frame.type === "events" && frame.message.clientMessageId !== undefined) {
    wire.message = { ...frame.message, clientMessageId: asString(frame.message.clientMessageId) };
  }
  return wire;
}

/** What the decoder must give back for `toWire(frame, …, extra)`: the frame, extras included. */
function expectedDecoded(frame: IncomingFrame, extra: Fields): Fields {
  const expected: Record<string, unknown> = { ...overTheWire(extra), ...overTheWire(frame) };
  // Keys that would reach the prototype are never copied.
  for (const key of ["__proto__", "constructor", "prototype"]) delete expected[key];
  return expected;
}

// ---- generators: mutations and garbage --------------------------------------------------------

const hugeLength = 100_000;
function pseudoRandomCodeUnits(length: number): string {
  let state = 0x2545f491;
  let text = "";
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    text += String.fromCharCode(state >>> 16);
  }
  return text;
}
/** ~100 KB strings: letters, digits (an id too long to be one), emoji, markup, every code unit. */
const hugeStrings = [
  "a".repeat(hugeLength),
  "1".repeat(hugeLength),
  "\u{1f600}".repeat(hugeLength / 2),
  "<img src=x onerror=alert(1)>".repeat(hugeLength / 28),
  pseudoRandomCodeUnits(hugeLength),
];
const hugeString = fc.constantFrom(...hugeStrings);

/** Nested arrays or objects, built by hand: `JSON.stringify` itself overflows past ~4,000 levels. */
function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = kind === "array" ? [value] : { a: value };
  return value;
}
/** A placeholder swapped, in the JSON text, for nesting deeper than any object could be stringified. */
const deepTextMarker = (depth: number) => `@@deep-${depth}@@`;
const deepTextOf = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: json, weight: 4 },
  {
    arbitrary: fc.constantFrom<unknown>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      "",
      " ",
      "all",
      "-1",
      " 42",
      "42\n",
      "1e3",
      "0x10",
      "12345678901234567",
      [],
      {},
      { type: "ack" },
      [{ type: "text" }],
    ),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.integer({ min: 100, max: 500 }),
        fc.constantFrom("array" as const, "object" as const),
      )
      .map(([depth, kind]) => nested(depth, kind)),
    weight: 1,
  },
  {
    arbitrary: fc.integer({ min: 2_000, max: 10_000 }).map(deepTextMarker),
    weight: 1,
  },
);

type Mutation =
  | { readonly kind: "delete"; readonly node: number; readonly key: number }
  | {
      readonly kind: "replace";
      readonly node: number;
      readonly key: number;
      readonly value: unknown;
    }
  | { readonly kind: "add"; readonly node: number; readonly name: string; readonly value: unknown }
  | { readonly kind: "retype"; readonly type: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), node: fc.nat(), key: fc.nat() }),
  fc.record({
    kind: fc.constant("replace" as const),
    node: fc.nat(),
    key: fc.nat(),
    value: wrongValue,
  }),
  fc.record({
    kind: fc.constant("add" as const),
    node: fc.nat(),
    name: fc.oneof(
      extraKey,
      fc.constantFrom("type", "message", "ok", "replyto", "body", "id", "clientMessageId"),
    ),
    value: wrongValue,
  }),
  fc.record({
    kind: fc.constant("retype" as const),
    type: fc.oneof(
      fc.constantFrom<unknown>(...knownTypes),
      fc.constantFrom<unknown>("ACK", "ack ", "", "__proto__", "toString", "constructor", null, 1),
      someString,
    ),
  }),
);

/** Every object and array in a JSON tree (the root first), for a mutation to pick from. */
function containers(root: unknown): Array<Record<string, unknown> | unknown[]> {
  const found: Array<Record<string, unknown> | unknown[]> = [];
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || depth > 6) return;
    found.push(value as Record<string, unknown> | unknown[]);
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(root, 0);
  return found;
}

function mutate(frame: Fields, mutations: readonly Mutation[]): Record<string, unknown> {
  const root = overTheWire(frame) as Record<string, unknown>;
  for (const change of mutations) {
    if (change.kind === "retype") {
      root.type = change.type;
      continue;
    }
    const nodes = containers(root);
    const node = nodes[change.node % nodes.length] as Record<string, unknown>;
    if (change.kind === "add") {
      // An own field even when it is called `__proto__`, as `JSON.parse` makes it.
      Object.defineProperty(node, change.name, {
        value: structuredClone(change.value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const keys = Object.keys(node);
    const key = keys[change.key % Math.max(keys.length, 1)];
    if (key === undefined) continue;
    if (change.kind === "delete") delete node[key];
    else node[key] = structuredClone(change.value);
  }
  return root;
}

type Encoding =
  | { readonly kind: "json" | "object" | "bom" | "padded" | "in-array" | "as-string" }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "duplicate-type"; readonly type: string };

const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { arbitrary: fc.constant({ kind: "json" as const }), weight: 10 },
  { arbitrary: fc.constant({ kind: "object" as const }), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      { kind: "bom" as const },
      { kind: "padded" as const },
      { kind: "in-array" as const },
      { kind: "as-string" as const },
    ),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom(",", "}", '"', "\\", "\u0000", "NaN", "undefined"),
        someString,
      ),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("duplicate-type" as const),
      type: fc.constantFrom(...knownTypes, "nope"),
    }),
    weight: 1,
  },
);

function encode(value: Record<string, unknown>, how: Encoding): unknown {
  const text = JSON.stringify(value).replace(/"@@deep-(\d+)@@"/g, (_, depth: string) =>
    deepTextOf(Number(depth)),
  );
  switch (how.kind) {
    case "object":
      return value;
    case "json":
      return text;
    case "bom":
      return `\ufeff${text}`;
    case "padded":
      return ` \n\t${text}\r\n `;
    case "in-array":
      return `[${text}]`;
    case "as-string":
      return JSON.stringify(text);
    case "truncate":
      return text.slice(0, how.at % text.length);
    case "insert": {
      const at = how.at % (text.length + 1);
      return text.slice(0, at) + how.text + text.slice(at);
    }
    case "duplicate-type":
      // `JSON.parse` keeps the last of two equal keys.
      return `${text.slice(0, -1)}${text.length > 2 ? "," : ""}"type":${JSON.stringify(how.type)}}`;
    default:
      return how satisfies never;
  }
}

/** Strings a socket should never carry, and values that are not strings at all. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 })
    .map((codes) => String.fromCharCode(...codes)),
  fc.string({ unit: "binary", maxLength: 100 }).map((tail) => `{${tail}`),
  fc.string({ unit: "binary", maxLength: 100 }).map((tail) => `{"type":${tail}`),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.constantFrom(
    "",
    " ",
    "null",
    "true",
    "1e400",
    '"ack"',
    "[]",
    "{}",
    '{"type":null}',
    '{"type":"ack"}',
    '{"type":"__proto__"}',
    '{"__proto__":{"type":"ack"}}',
    '{"type":"ack","ok":true,"replyto":1e400}',
    '{"type":"ack","ok":true,"replyto":"01234567890123456"}',
    "\ufeff{}",
    "undefined",
    "NaN",
  ),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => bytes.buffer),
  fc.uint8Array({ maxLength: 64 }),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
);

// ---- the properties -------------------------------------------------------------------------

const counts = new Map<string, Map<string, number>>();
function count(property: string, label: string): void {
  const table = counts.get(property) ?? new Map<string, number>();
  table.set(label, (table.get(label) ?? 0) + 1);
  counts.set(property, table);
}
const total = (property: string) =>
  [...(counts.get(property)?.values() ?? [])].reduce((sum, n) => sum + n, 0);

afterAll(() => {
  for (const [property, table] of counts) {
    console.info(
      `decodeFrame fuzz (seed ${seed}) ${property}: ${total(property)} cases`,
      Object.fromEntries(table),
    );
  }
});

describe("decodeFrame under fuzzing", () => {
  it("has every frame type of the union in its generators", () => {
    expect(everyTypeListed).toBe(true);
  });

  it("decodes 10,000 valid frames of every type to exactly the frame sent", () => {
    fc.assert(
      fc.property(
        typedFrame,
        fc.boolean(),
        extras,
        fc.boolean(),
        (frame, asStrings, extra, raw) => {
          const wire = toWire(frame, asStrings, extra);
          // Once over the wire, as the object `JSON.parse` makes (a `-0` is a `0`, and so on).
          const result = decodeFrame(raw ? overTheWire(wire) : JSON.stringify(wire));
          const decodedAs = judge(wire, result);
          if (decodedAs !== "ok") expect(decodedAs).toBe("ok");
          const expected = expectedDecoded(frame, extra);
          if (!isDeepStrictEqual(result.ok && result.frame, expected)) {
            expect(result.ok && result.frame).toEqual(expected);
          }
          count("valid", frame.type);
        },
      ),
      runs,
    );
    expect(total("valid")).toBe(numRuns);
    for (const type of knownTypes) expect(counts.get("valid")?.get(type)).toBeGreaterThan(0);
  }, 60_000);

  it("answers 10,000 mutated frames as the spec says, a typed frame or a named rejection", () => {
    fc.assert(
      fc.property(
        typedFrame,
        fc.boolean(),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        encoding,
        (frame, asStrings, mutations, how) => {
          const input = encode(mutate(toWire(frame, asStrings, {}), mutations), how);
          count("mutated", judge(input, decodeFrame(input)));
        },
      ),
      runs,
    );
    expect(total("mutated")).toBe(numRuns);
    // The mutations reach every answer, so none of the checks above is vacuous.
    for (const reason of reasons) expect(counts.get("mutated")?.get(reason)).toBeGreaterThan(0);
  }, 60_000);

  it("rejects 10,000 garbage inputs (non-JSON, binary, not strings) with a reason", () => {
    fc.assert(
      fc.property(garbage, (input) => {
        count("garbage", judge(input, decodeFrame(input)));
      }),
      runs,
    );
    expect(total("garbage")).toBe(numRuns);
    for (const reason of ["invalid_json", "not_an_object", "missing_type"] as const) {
      expect(counts.get("garbage")?.get(reason)).toBeGreaterThan(0);
    }
  }, 60_000);
});
