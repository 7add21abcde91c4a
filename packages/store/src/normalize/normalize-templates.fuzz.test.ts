import { isDeepStrictEqual } from "node:util";
import {
  type BotMessagePart,
  decodeFrame,
  decodeHistoryPage,
  type HistoryRow,
} from "@kore-chat/transport";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { toHistoryMessage } from "../history/history-message.js";
import type { MessagePart } from "./message-parts.js";
import { normalizeBotPart, normalizeBotTurn } from "./normalize-bot-part.js";
import { normalizeHistoryRow } from "./normalize-history-row.js";
import { maxTextLength } from "./read-text.js";
import { unsupportedMessageText } from "./template-fallback-text.js";

/**
 * Fuzzing the template normaliser (issue 5) with payloads shaped like every template of
 * TEMPLATES.md §2, in every envelope of §1, live and from history: 10,000 generated cases per
 * property, seeded (`KORE_FUZZ_SEED` picks another seed). `normalize-properties.test.ts` throws
 * shapeless garbage at it; this file throws template-shaped garbage, which reaches the deep
 * branches, and checks what the spec promises of well-formed templates.
 */
const numRuns = 10_000;
const seed = Number(process.env.KORE_FUZZ_SEED ?? 0x6b6f7265);
const runs = { numRuns, seed };

// ---- values --------------------------------------------------------------------------------

const hostileText = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "*bold* _it_ ~s~ www.example.com",
  "\u202e\u0000\ud800",
  "__proto__",
  '{"template_type":"button","text":"nested"}',
];
const hugeText = fc
  .tuple(fc.constantFrom("x", "\u{1f600}", "<b>"), fc.nat({ max: 2_000 }))
  .map(([unit, extra]) => unit.repeat(Math.ceil((maxTextLength + extra) / unit.length)));
/** Short texts; a text over `maxTextLength` is mixed in per template (below), to stay fast. */
const text = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 8 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }), weight: 1 },
  { arbitrary: fc.constantFrom("", " ", "\n\t", ...hostileText), weight: 2 },
);
const url = fc.oneof(
  { arbitrary: fc.webUrl(), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      "",
      " ",
      "javascript:alert(1)",
      " JAVASCRIPT:alert(1)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "data:image/png;base64,iVBORw0KGgo=",
      "vbscript:msgbox(1)",
      "//evil.example",
      "mailto:a@example.com",
    ),
    weight: 2,
  },
  { arbitrary: fc.string({ maxLength: 20 }), weight: 1 },
);
/** A value of the wrong type for whatever field it lands in. */
const wrong: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(null, 0, -1, 1.5, true, false, "", " ", [], {}, [null], { x: 1 }),
);
/** Mostly the right type, sometimes the wrong one: renderers must survive both. */
const loose = <T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: right, weight: 6 }, { arbitrary: wrong, weight: 1 });
const list = <T>(item: fc.Arbitrary<T>, maxLength = 3) =>
  loose(fc.array(loose(item), { maxLength }));

type Model = Readonly<Record<string, fc.Arbitrary<unknown>>>;
/** A record whose every field may be missing or mistyped. */
const fields = (model: Model): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    Object.fromEntries(Object.entries(model).map(([key, arb]) => [key, loose(arb)])) as Model,
    { requiredKeys: [] },
  );

const button = fields({
  type: fc.constantFrom("postback", "web_url", "url", "phone_number", "POSTBACK", ""),
  title: text,
  payload: text,
  value: text,
  url,
});
const quickReply = fields({
  content_type: fc.constantFrom("text", "postback", "url", "web_url", "location"),
  title: text,
  payload: text,
  image_url: url,
  url,
});
const cardElement = fields({
  title: text,
  subtitle: text,
  image_url: url,
  default_action: fields({ type: fc.constantFrom("web_url", "postback"), url, payload: text }),
  buttons: list(button, 3),
});
const cell = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const alignedCell = fc.oneof(
  fc.tuple(text),
  fc.tuple(text, fc.constantFrom("left", "center", "right", "justify", "")),
);
const chartElement = fields({
  title: text,
  value: cell,
  displayValue: text,
  values: list(cell),
  displayValues: list(text),
});

/** Each template of TEMPLATES.md §2 with its own fields (`template_type` added below). */
const templateModels: Readonly<Record<string, Model>> = {
  button: { text, subText: text, buttons: list(button) },
  quick_replies: { text, quick_replies: list(quickReply, 6) },
  carousel: { elements: list(cardElement) },
  list: { text, elements: list(cardElement), buttons: list(button, 2) },
  table: {
    text,
    table_design: fc.constantFrom("regular", "responsive"),
    columns: list(alignedCell),
    elements: list(fields({ Values: list(cell, 5) })),
  },
  mini_table: {
    layout: fc.constantFrom("horizontal", "vertical"),
    text,
    elements: list(fields({ primary: list(alignedCell, 2), additional: list(alignedCell, 3) })),
  },
  dropdown_template: {
    heading: text,
    elements: list(fields({ title: text, description: text, value: text })),
  },
  multi_select: { elements: list(fields({ title: text, value: text })), buttons: list(button, 1) },
  form_template: {
    heading: text,
    formFields: list(
      fields({
        type: fc.constantFrom("text", "password", "email", "number", "checkbox"),
        label: text,
        placeholder: text,
        fieldButton: fields({ title: text }),
      }),
    ),
  },
  feedbackTemplate: {
    view: fc.constantFrom("star", "CSAT", "NPS", "ThumbsUpDown", "emoji"),
    text,
    messageTodisplay: text,
    starArrays: list(fields({ starId: fc.integer(), value: cell })),
    smileyArrays: list(fields({ smileyId: fc.integer(), value: cell, reviewText: text })),
    numbersArrays: list(fields({ numberId: fc.integer(), value: cell, color: text })),
    thumpsUpDownArrays: list(fields({ thumpUpId: fc.integer(), value: cell, reviewText: text })),
  },
  piechart: {
    pie_type: fc.constantFrom("regular", "donut", "donut_legend"),
    text,
    elements: list(chartElement),
  },
  barchart: {
    direction: fc.constantFrom("horizontal", "vertical"),
    stacked: fc.boolean(),
    X_axis: list(text),
    text,
    elements: list(chartElement),
  },
  linechart: { X_axis: list(text), text, elements: list(chartElement) },
  dateTemplate: { text, title: text, format: fc.constantFrom("MM-DD-YYYY", "DD/MM/YYYY") },
  daterange: { text, title: text, format: text },
  clockTemplate: { text, title: text },
  listView: { text, elements: list(cardElement) },
  radioOptionTemplate: {
    heading: text,
    radioOptions: list(fields({ title: text, value: text, postback: fields({ title: text }) })),
  },
  live_agent: { text },
  wait_for_response: { text },
};
/** Seen in the wild and shown as their text until a renderer exists. */
const fallbackOnly = [
  "listWidget",
  "custom_table",
  "tableList",
  "advanced_multi_select",
  "advancedListTemplate",
  "advancedMultiListTemplate",
  "cardTemplate",
  "articleTemplate",
  "like_dislike",
  "otpValidationTemplate",
  "resetPinTemplate",
  "checkListTemplate",
  "SYSTEM",
  "brand_new_template",
];
const fallbackModel: Model = { text, heading: text, title: text, elements: list(cardElement, 2) };

const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface Template {
  readonly templateType: string;
  readonly payload: Record<string, unknown>;
}

/** A well-typed `template_type` (the payload's other fields are anything but). */
const template: fc.Arbitrary<Template> = fc
  .tuple(
    fc.constantFrom(...Object.keys(templateModels), ...fallbackOnly),
    // One template in 20 carries a text longer than any bubble shows.
    fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 19 },
      {
        arbitrary: fc.tuple(fc.constantFrom("text", "heading", "title", "subText"), hugeText),
        weight: 1,
      },
    ),
  )
  .chain(([templateType, huge]) =>
    fields(templateModels[templateType] ?? fallbackModel).map((rest) => ({
      templateType,
      // As it arrives: parsed from JSON (no `-0`, no `undefined`).
      payload: overTheWire({
        ...rest,
        ...(huge === undefined ? {} : { [huge[0]]: huge[1] }),
        template_type: templateType,
      }),
    })),
  );

// ---- envelopes (TEMPLATES.md §1) --------------------------------------------------------------

const templateEnvelopes = [
  "canonical",
  "component-payload",
  "component-json-string",
  "body-only",
  "body-double-encoded",
  "body-html-escaped",
  "mistyped-component",
] as const;
type TemplateEnvelope = (typeof templateEnvelopes)[number];

/** The live part of a template, as real frames carry it, or as sloppier platforms do. */
function livePart(payload: Record<string, unknown>, envelope: TemplateEnvelope): BotMessagePart {
  const component = { type: "template", payload: { type: "template", payload } };
  const body = JSON.stringify(component.payload);
  switch (envelope) {
    case "canonical":
      return { type: "text", component, cInfo: { body } };
    case "component-payload":
      return { type: "text", component: { type: "template", payload } };
    case "component-json-string":
      return { type: "text", component: { type: "template", payload: body } };
    case "body-only":
      return { type: "text", cInfo: { body } };
    case "body-double-encoded":
      return { type: "text", cInfo: { body: JSON.stringify(body) } };
    case "body-html-escaped":
      return { type: "text", cInfo: { body: body.replaceAll('"', "&quot;") } };
    case "mistyped-component":
      return {
        type: "text",
        component: { type: "image", payload: "not a payload" },
        cInfo: { body },
      };
    default:
      return envelope satisfies never;
  }
}

const mediaTypes = ["image", "audio", "video", "link", "document"] as const;

/** Any part a bot sends, built as the simulator (and the platform) does: component + `cInfo.body`. */
type Sent =
  | { readonly kind: "template"; readonly template: Template }
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "media";
      readonly mediaType: (typeof mediaTypes)[number];
      readonly url: string;
      readonly name?: string;
    }
  | { readonly kind: "message"; readonly text: string; readonly videoUrl?: string };

/** Text that does not itself look like JSON (history cannot tell such text from a payload). */
const plainText = text.filter((value) => !/^\s*["{]/.test(value));
const sent: fc.Arbitrary<Sent> = fc.oneof(
  { arbitrary: template.map((t) => ({ kind: "template" as const, template: t })), weight: 6 },
  {
    arbitrary: fc
      .oneof({ arbitrary: plainText, weight: 20 }, { arbitrary: hugeText, weight: 1 })
      .map((t) => ({ kind: "text" as const, text: t })),
    weight: 2,
  },
  {
    arbitrary: fc.record(
      {
        kind: fc.constant("media" as const),
        mediaType: fc.constantFrom(...mediaTypes),
        url,
        name: text,
      },
      { requiredKeys: ["kind", "mediaType", "url"] },
    ),
    weight: 1,
  },
  {
    arbitrary: fc.record(
      { kind: fc.constant("message" as const), text, videoUrl: url },
      { requiredKeys: ["kind", "text"] },
    ),
    weight: 1,
  },
);

function canonicalPart(part: Sent): BotMessagePart {
  switch (part.kind) {
    case "template":
      return livePart(part.template.payload, "canonical");
    case "text":
      return {
        type: "text",
        component: { type: "text", payload: { text: part.text } },
        cInfo: { body: part.text },
      };
    case "media": {
      const { kind: _kind, mediaType, ...payload } = part;
      const component = { type: mediaType, payload };
      return { type: "text", component, cInfo: { body: JSON.stringify(component) } };
    }
    case "message": {
      const { kind: _kind, ...payload } = part;
      const component = { type: "message", payload };
      return { type: "text", component, cInfo: { body: JSON.stringify(component) } };
    }
    default:
      return part satisfies never;
  }
}

/** What history stores for a live turn: each part's `cInfo.body` as a component's `data.text`. */
function storedRow(parts: readonly BotMessagePart[], id: string): HistoryRow {
  return {
    _id: id,
    type: "outgoing",
    components: parts.map((part, index) => ({
      _id: `cp-${index}`,
      cT: "text",
      data: { text: (part.cInfo as { body: string }).body },
      thumbnails: [],
    })),
    createdOn: "2026-03-01T10:00:00.000Z",
    timestampValue: Date.parse("2026-03-01T10:00:00.000Z"),
  };
}

// ---- corruption -----------------------------------------------------------------------------

type Damage =
  | {
      readonly kind: "replace";
      readonly node: number;
      readonly key: number;
      readonly value: unknown;
    }
  | { readonly kind: "delete"; readonly node: number; readonly key: number }
  | { readonly kind: "truncate-strings"; readonly at: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), node: fc.nat(), key: fc.nat(), value: wrong }),
  fc.record({ kind: fc.constant("delete" as const), node: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("truncate-strings" as const), at: fc.nat({ max: 200 }) }),
);

function containers(root: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || depth > 8) return;
    found.push(value as Record<string, unknown>);
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  visit(root, 0);
  return found;
}

/** A damaged copy: a field swapped for junk, a field gone, or JSON strings cut short. */
function damaged<T>(value: T, changes: readonly Damage[]): T {
  const root = JSON.parse(JSON.stringify(value)) as T;
  for (const change of changes) {
    const nodes = containers(root);
    if (change.kind === "truncate-strings") {
      for (const node of nodes) {
        for (const [key, field] of Object.entries(node)) {
          if (typeof field === "string" && field.startsWith("{"))
            node[key] = field.slice(0, change.at);
        }
      }
      continue;
    }
    const node = nodes[change.node % Math.max(nodes.length, 1)];
    if (node === undefined) continue;
    const keys = Object.keys(node);
    const key = keys[change.key % Math.max(keys.length, 1)];
    if (key === undefined) continue;
    if (change.kind === "delete") delete node[key];
    else node[key] = structuredClone(change.value);
  }
  return root;
}

// ---- invariants ------------------------------------------------------------------------------

const maxUrlLength = 2_000_000;
const knownMediaTypes: ReadonlySet<string> = new Set(mediaTypes);

/** Strings, finite numbers, booleans, null, plain arrays and objects: nothing else, nowhere. */
function isPureJson(value: unknown, depth = 0): boolean {
  if (depth > 33) return false;
  switch (typeof value) {
    case "string":
      return value.startsWith("data:")
        ? value.length <= maxUrlLength
        : value.length <= maxTextLength + 1;
    case "number":
      return Number.isFinite(value);
    case "boolean":
      return true;
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        return (
          value.length <= 10_000 &&
          Array.from(value as readonly unknown[]).every((item) => isPureJson(item, depth + 1))
        );
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      if (Object.hasOwn(value, "__proto__")) return false;
      return Object.values(value).every((field) => isPureJson(field, depth + 1));
    }
    default:
      return false;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isBlank = (value: string) => value.trim() === "";

/** What is wrong with a part, or `undefined` (one `expect` per case keeps 10,000 cases fast). */
function partProblem(part: MessagePart): string | undefined {
  switch (part.kind) {
    case "text":
      if (typeof part.text !== "string" || isBlank(part.text)) return "blank text";
      if (part.text.length <= maxTextLength) return undefined;
      if (part.text.length > maxTextLength + 1 || !part.text.endsWith("…"))
        return "text not capped";
      return isHighSurrogate(part.text.charCodeAt(part.text.length - 2))
        ? "text cut inside a surrogate pair"
        : undefined;
    case "media":
      if (!knownMediaTypes.has(part.mediaType)) return "unknown media type";
      if (typeof part.url !== "string" || part.url !== part.url.trim())
        return "media url untrimmed";
      // A file the platform gave no URL for is a document row with its name.
      if (part.url === "" && (part.mediaType !== "document" || part.name === undefined))
        return "media url blank";
      if (part.url.length > maxUrlLength) return "media url too long";
      if (part.name !== undefined && (typeof part.name !== "string" || isBlank(part.name)))
        return "media name blank";
      return undefined;
    case "template":
      if (typeof part.templateType !== "string" || isBlank(part.templateType))
        return "blank template type";
      if (part.templateType !== part.templateType.trim() || part.templateType.length > 200)
        return "template type untrimmed or too long";
      if (typeof part.fallbackText !== "string" || isBlank(part.fallbackText))
        return "blank fallback text";
      return isPureJson(part.payload) ? undefined : "payload is not plain JSON with capped strings";
    default:
      part satisfies never;
      return "unknown part kind";
  }
}

/** Every problem of every part (collected, not `expect`ed one by one: 10,000 cases stay fast). */
function partProblems(parts: readonly MessagePart[]): string[] {
  if (!Array.isArray(parts)) return ["not an array of parts"];
  return parts.flatMap((part) => {
    const problem = partProblem(part);
    return problem === undefined ? [] : [`${problem}: ${JSON.stringify(part).slice(0, 200)}`];
  });
}

/** Fails the case (fast-check then shrinks it) with every problem found. */
function expectNoProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

/** Deep equality without `expect`'s cost; `expect` only to explain a difference. */
function expectSame(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, what).toEqual(expected);
}

const isSilent = (part: Sent) =>
  part.kind === "template" && part.template.templateType === "wait_for_response";
const nonBlank = (value: unknown): value is string =>
  typeof value === "string" && value.trim() !== "";

// ---- the properties --------------------------------------------------------------------------

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
      `normalizer fuzz (seed ${seed}) ${property}: ${total(property)} cases`,
      Object.fromEntries(table),
    );
  }
});

describe("the template normaliser under fuzzing", () => {
  it("reads 10,000 templates of every type, in every envelope, as that template", () => {
    fc.assert(
      fc.property(
        template,
        fc.constantFrom(...templateEnvelopes),
        ({ templateType, payload }, envelope) => {
          const part = livePart(payload, envelope);
          const before = JSON.stringify(part);
          const parts = normalizeBotPart(part);
          const problems = partProblems(parts);
          if (JSON.stringify(part) !== before) problems.push("the input was changed");
          const [read] = parts;
          if (parts.length !== 1 || read?.kind !== "template") {
            problems.push(`not one template part: ${JSON.stringify(parts).slice(0, 200)}`);
          } else {
            if (read.templateType !== templateType) problems.push("another template type");
            // Rule 5: a template no renderer knows shows its text, else heading, title, first
            // element's title, else the unsupported-message text.
            const first: unknown = Array.isArray(payload.elements)
              ? payload.elements[0]
              : undefined;
            const firstTitle =
              typeof first === "object" && first !== null && "title" in first
                ? first.title
                : undefined;
            const fallback = [payload.text, payload.heading, payload.title, firstTitle].find(
              nonBlank,
            );
            if (fallback === undefined && read.fallbackText !== unsupportedMessageText)
              problems.push("fallback text without any text to fall back on");
            if (
              fallback !== undefined &&
              fallback.length <= maxTextLength &&
              read.fallbackText !== fallback
            )
              problems.push(`fallback text ${read.fallbackText} instead of ${fallback}`);
            expectNoProblems(problems);
            // The payload reaches the renderer as sent, unless a string had to be capped.
            if (JSON.stringify(payload).length <= maxTextLength) {
              const expected: unknown = JSON.parse(
                JSON.stringify(payload),
                (key, value: unknown) => (key === "__proto__" ? undefined : value),
              );
              expectSame(read.payload, expected, "payload");
            }
          }
          expectNoProblems(problems);
          count("templates", envelope);
          count("templates", templateType);
        },
      ),
      runs,
    );
    expect(total("templates")).toBe(2 * numRuns);
  }, 60_000);

  it("shows 10,000 bot turns the same live and after a reload", () => {
    fc.assert(
      fc.property(fc.array(sent, { minLength: 1, maxLength: 4 }), (turn) => {
        const parts = turn.map(canonicalPart);
        const live = normalizeBotTurn(parts);
        expectNoProblems(partProblems(live));
        expectSame(normalizeHistoryRow(storedRow(parts, "ms-1")), live, "history vs live");
        // No turn is silently lost: only a turn of silent templates (and blank texts) shows nothing.
        const showsNothing =
          turn.some(isSilent) &&
          turn.every((part) => isSilent(part) || (part.kind === "text" && part.text.trim() === ""));
        if ((live.length === 0) !== showsNothing) expect(live.length === 0).toBe(showsNothing);
        count("live-equals-history", live.length === 0 ? "silent" : `${live.length} parts`);
      }),
      runs,
    );
    expect(total("live-equals-history")).toBe(numRuns);
  }, 60_000);

  it("survives 10,000 damaged bot_response frames, decoded as the socket would", () => {
    const frame = fc.record({
      type: fc.constant("bot_response"),
      messageId: fc.string({ maxLength: 8 }),
      createdOn: fc.constant("2026-03-01T10:00:00.000Z"),
      message: fc.array(
        fc.oneof(
          sent.map(canonicalPart),
          fc
            .tuple(template, fc.constantFrom(...templateEnvelopes))
            .map(([t, envelope]) => livePart(t.payload, envelope)),
        ),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(frame, fc.array(damage, { maxLength: 3 }), (sentFrame, changes) => {
        const decoded = decodeFrame(JSON.stringify(damaged(sentFrame, changes)));
        if (!decoded.ok || decoded.frame.type !== "bot_response") {
          count("damaged-frames", "rejected by the decoder");
          return;
        }
        const before = JSON.stringify(decoded.frame);
        const parts = normalizeBotTurn(decoded.frame.message);
        const problems = partProblems(parts);
        if (JSON.stringify(decoded.frame) !== before) problems.push("the frame was changed");
        // At least one part, or none for a turn of silent templates only: never a blank bubble.
        if (parts.length === 0) {
          const each = decoded.frame.message.flatMap((part) => normalizeBotPart(part));
          if (!each.some((part) => part.kind === "template")) problems.push("a turn vanished");
        }
        expectNoProblems(problems);
        for (const part of parts) count("damaged-frames", part.kind);
      }),
      runs,
    );
    expect(counts.get("damaged-frames")?.get("template")).toBeGreaterThan(0);
    expect(counts.get("damaged-frames")?.get("text")).toBeGreaterThan(0);
  }, 60_000);

  it("survives 10,000 damaged history pages, decoded as the client would", () => {
    const row = fc.oneof(
      fc
        .tuple(fc.array(sent, { minLength: 1, maxLength: 2 }), fc.string({ maxLength: 6 }))
        .map(([turn, id]) => storedRow(turn.map(canonicalPart), `ms-${id}`)),
      fc.record({
        _id: fc.string({ maxLength: 6 }),
        type: fc.constant("incoming"),
        components: fc.array(
          fc.record({
            cT: fc.constant("text"),
            data: fc.record({
              text: fc.oneof(
                text,
                template.map((t) => JSON.stringify(t.payload)),
              ),
            }),
          }),
          { maxLength: 2 },
        ),
        timestampValue: fc.integer({ min: 0, max: 2 ** 42 }),
      }),
      fc.record({
        _id: fc.string({ maxLength: 6 }),
        type: fc.constantFrom("incoming", "outgoing"),
        components: fc.array(
          fc.record(
            {
              cT: fc.constantFrom(...mediaTypes, "text", "attachment"),
              data: fields({ text, url, name: text }),
              thumbnails: list(fields({ url })),
            },
            { requiredKeys: [] },
          ),
          { maxLength: 2 },
        ),
        tags: fields({ altText: list(fields({ value: text }), 2) }),
      }),
    );
    const page = fc.record({
      total: loose(fc.nat()),
      moreAvailable: loose(fc.boolean()),
      messages: fc.array(row, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(page, fc.array(damage, { maxLength: 3 }), (sentPage, changes) => {
        const decoded = decodeHistoryPage(damaged(sentPage, changes));
        if ("error" in decoded) {
          count("damaged-history", "page rejected");
          return;
        }
        for (const stored of decoded.messages) {
          const before = JSON.stringify(stored);
          const parts = normalizeHistoryRow(stored);
          const message = toHistoryMessage(stored);
          const problems = partProblems(parts);
          if (JSON.stringify(stored) !== before) problems.push("the row was changed");
          if (!isDeepStrictEqual(message.parts, parts)) problems.push("message parts differ");
          if (message.platformId !== stored._id) problems.push("another platform id");
          if (!Number.isFinite(message.createdAt)) problems.push("no time");
          if (message.author === "user") {
            if (typeof message.body !== "string") problems.push("a user message without body");
            // The user's own text is shown as typed, even when it looks like a template.
            if (parts.some((part) => part.kind === "template")) problems.push("user template");
          }
          expectNoProblems(problems);
          count("damaged-history", parts.length === 0 ? "silent" : message.author);
        }
      }),
      runs,
    );
    expect(counts.get("damaged-history")?.get("user")).toBeGreaterThan(0);
    expect(counts.get("damaged-history")?.get("bot")).toBeGreaterThan(0);
  }, 60_000);
});
