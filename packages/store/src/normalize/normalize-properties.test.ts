import type { BotMessagePart, HistoryRow } from "@kore-chat/transport";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessagePart } from "./message-parts.js";
import { normalizeBotPart, normalizeBotTurn } from "./normalize-bot-part.js";
import { normalizeHistoryRow } from "./normalize-history-row.js";
import { maxTextLength } from "./read-text.js";

const wireKeys = [
  "type",
  "payload",
  "template_type",
  "text",
  "heading",
  "title",
  "elements",
  "url",
  "name",
  "videoUrl",
  "audioUrl",
  "body",
  "__proto__",
  "constructor",
  "altText",
  "value",
];
const wireTypes = ["text", "template", "message", "image", "audio", "video", "link", "document"];
const templateTypes = ["button", "quick_replies", "carousel", "wait_for_response", "", " ", "x"];

const key = fc.oneof(fc.constantFrom(...wireKeys), fc.string());
const anything = fc.anything({
  key,
  maxDepth: 4,
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withUnicodeString: true,
});
const hugeString = fc
  .tuple(fc.string({ maxLength: 3 }), fc.nat({ max: 5_000 }))
  .map(([unit, extra]) => (unit === "" ? "x" : unit).repeat(maxTextLength + extra));

function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return ""; // a BigInt somewhere inside
  }
}

/** Usually `likely`, sometimes anything at all. */
function mostly<T>(likely: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: likely, weight: 4 }, { arbitrary: anything, weight: 1 });
}

const someText = fc.oneof(
  { arbitrary: fc.string(), weight: 4 },
  { arbitrary: fc.constantFrom("", "  ", "\n"), weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

/** Objects shaped like payloads, so the interesting branches are reached often. */
const payloadLike: fc.Arbitrary<unknown> = fc.letrec<{ payload: unknown }>((tie) => ({
  payload: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    anything,
    someText,
    // a template
    fc.record(
      {
        template_type: mostly(fc.constantFrom(...templateTypes)),
        text: mostly(someText),
        heading: mostly(someText),
        title: mostly(someText),
        elements: mostly(fc.array(fc.record({ title: mostly(someText) }, { requiredKeys: [] }))),
        __proto__: fc.constant({ polluted: true }),
      },
      { requiredKeys: ["template_type"] },
    ),
    // media or message
    fc.record(
      {
        url: mostly(fc.webUrl()),
        name: mostly(someText),
        text: mostly(someText),
        videoUrl: mostly(fc.webUrl()),
        audioUrl: mostly(fc.webUrl()),
      },
      { requiredKeys: [] },
    ),
    // an envelope
    fc.record(
      { type: mostly(fc.constantFrom(...wireTypes)), payload: tie("payload"), text: someText },
      { requiredKeys: ["payload"] },
    ),
    tie("payload").map(toJson),
    tie("payload").map((value) => JSON.stringify(toJson(value))),
    tie("payload").map((value) => toJson(value).replaceAll('"', "&quot;")),
    fc.constant('{"__proto__":{"polluted":true},"template_type":"button","text":"Hi"}'),
  ),
})).payload;

const botPart: fc.Arbitrary<unknown> = mostly(
  fc.record(
    {
      type: mostly(fc.constant("text")),
      component: mostly(
        fc.record(
          { type: mostly(fc.constantFrom(...wireTypes)), payload: payloadLike },
          { requiredKeys: [] },
        ),
      ),
      cInfo: mostly(fc.record({ body: payloadLike }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  ),
);

const historyComponent: fc.Arbitrary<unknown> = mostly(
  fc.record(
    {
      _id: fc.string(),
      cT: mostly(fc.constantFrom(...wireTypes)),
      data: mostly(
        fc.record(
          { text: payloadLike, url: mostly(fc.webUrl()), name: someText },
          { requiredKeys: [] },
        ),
      ),
      thumbnails: mostly(fc.array(fc.record({ url: mostly(fc.webUrl()) }, { requiredKeys: [] }))),
    },
    { requiredKeys: [] },
  ),
);

const historyRow: fc.Arbitrary<unknown> = mostly(
  fc.record(
    {
      _id: fc.string(),
      type: mostly(fc.constantFrom("incoming", "outgoing")),
      components: mostly(fc.array(historyComponent, { maxLength: 3 })),
      tags: mostly(fc.record({ altText: mostly(fc.array(fc.record({ value: someText }))) })),
    },
    { requiredKeys: [] },
  ),
);

const mediaTypes = new Set(["image", "audio", "video", "link", "document"]);

function isValidPart(part: MessagePart): boolean {
  switch (part.kind) {
    case "text":
      return (
        typeof part.text === "string" &&
        part.text.trim() !== "" &&
        part.text.length <= maxTextLength + 1
      );
    case "media":
      return (
        mediaTypes.has(part.mediaType) &&
        typeof part.url === "string" &&
        // A file the platform gave no URL for is a document row with its name.
        (part.url.trim() !== "" || (part.mediaType === "document" && part.name !== undefined)) &&
        (part.name === undefined || (typeof part.name === "string" && part.name.trim() !== ""))
      );
    case "template":
      return (
        typeof part.templateType === "string" &&
        part.templateType.trim() !== "" &&
        typeof part.fallbackText === "string" &&
        part.fallbackText.trim() !== "" &&
        typeof part.payload === "object" &&
        part.payload !== null &&
        !Array.isArray(part.payload) &&
        Object.getPrototypeOf(part.payload) === Object.prototype
      );
    default:
      return part satisfies never;
  }
}

function expectValid(parts: unknown): void {
  expect(Array.isArray(parts)).toBe(true);
  for (const part of parts as MessagePart[])
    expect(isValidPart(part), JSON.stringify(part)).toBe(true);
}

/**
 * The shape and values of an input, cheaply (strings are compared by reference), to
 * tell whether the normaliser wrote to it. Freezing would not do: a write to a frozen
 * object throws, and the normaliser's safety net turns that into a valid part.
 */
const prototypeIds = new Map<unknown, number>();

function prototypeId(value: object): number {
  const prototype: unknown = Object.getPrototypeOf(value);
  const id = prototypeIds.get(prototype) ?? prototypeIds.size;
  prototypeIds.set(prototype, id);
  return id;
}

function snapshot(value: unknown, depth = 0): unknown {
  if (typeof value !== "object" || value === null || depth > 16) return value;
  if (ArrayBuffer.isView(value)) return value;
  return [
    prototypeId(value),
    Reflect.ownKeys(value).map((key) => [
      key,
      snapshot((value as Record<PropertyKey, unknown>)[key], depth + 1),
    ]),
  ];
}

function expectUnpolluted(): void {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe("normalisation never throws and returns valid parts", () => {
  it("for 10,000 arbitrary bot parts, without touching them", () => {
    fc.assert(
      fc.property(botPart, (part) => {
        const before = snapshot(part);
        expectValid(normalizeBotPart(part as BotMessagePart));
        expect(snapshot(part)).toEqual(before);
      }),
      { numRuns: 10_000 },
    );
    expectUnpolluted();
  }, 30_000);

  it("for 2,000 arbitrary bot turns, at least one part unless all silent", () => {
    fc.assert(
      fc.property(fc.array(botPart, { maxLength: 4 }), (parts) => {
        const result = normalizeBotTurn(parts as BotMessagePart[]);
        expectValid(result);
        if (result.length === 0) {
          const silent = parts.flatMap((part) => normalizeBotPart(part as BotMessagePart));
          expect(silent.some((part) => part.kind === "template")).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it("for 10,000 arbitrary history rows, without touching them", () => {
    fc.assert(
      fc.property(historyRow, (row) => {
        const before = snapshot(row);
        expectValid(normalizeHistoryRow(row as HistoryRow));
        expect(snapshot(row)).toEqual(before);
      }),
      { numRuns: 10_000 },
    );
    expectUnpolluted();
  }, 30_000);
});
