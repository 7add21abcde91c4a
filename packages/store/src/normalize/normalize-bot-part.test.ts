import type { BotMessagePart } from "@kore-chat/transport";
import { describe, expect, it } from "vitest";
import type { MessagePart } from "./message-parts.js";
import { normalizeBotPart, normalizeBotTurn } from "./normalize-bot-part.js";
import { maxTextLength } from "./read-text.js";

/** A template part exactly as real frames carry it (TEMPLATES.md §1). */
function templateWirePart(payload: Record<string, unknown>): BotMessagePart {
  const component = { type: "template", payload };
  return {
    type: "text",
    component: { type: "template", payload: component },
    cInfo: { body: JSON.stringify(component) },
  };
}

function textWirePart(text: string): BotMessagePart {
  return { type: "text", component: { type: "text", payload: { text } }, cInfo: { body: text } };
}

const mustRender: Record<string, Record<string, unknown>> = {
  button: {
    template_type: "button",
    text: "Button Template Label",
    subText: "optional",
    buttons: [
      { type: "postback", title: "Button1", payload: "payload1" },
      { type: "web_url", title: "Open", url: "https://example.com/" },
    ],
  },
  quick_replies: {
    template_type: "quick_replies",
    text: "Quick reply label",
    quick_replies: [
      {
        content_type: "text",
        title: "quickReply1",
        payload: "payload1",
        image_url: "https://example.com/q.png",
      },
    ],
  },
  carousel: {
    template_type: "carousel",
    elements: [
      {
        title: "Welcome to Peter's Hats",
        image_url: "https://example.com/hat.png",
        subtitle: "carousel subtitle",
        default_action: { type: "web_url", url: "https://example.com/hats" },
        buttons: [{ type: "postback", title: "Buy now", payload: "DEVELOPER_DEFINED_PAYLOAD_0" }],
      },
    ],
  },
  list: {
    template_type: "list",
    elements: [
      {
        title: "Element1",
        image_url: "https://example.com/1.png",
        subtitle: "sub",
        default_action: { type: "web_url", url: "https://example.com/1" },
        buttons: [{ title: "button1", type: "web_url", url: "https://example.com/b" }],
      },
    ],
    buttons: [{ title: "View More", type: "postback", payload: "payload" }],
  },
  table: {
    template_type: "table",
    text: "Account details",
    table_design: "regular",
    columns: [["Sl", "center"], ["Name"], ["Designation"], ["Salary", "right"]],
    elements: [
      { Values: ["1", "Peter", "Producer", 1000] },
      { Values: ["2", "Sam", "Director", 2000] },
    ],
  },
  mini_table: {
    template_type: "mini_table",
    layout: "horizontal",
    text: "Account details",
    elements: [
      {
        primary: [["Current Accounts"], ["300", "right"]],
        additional: [
          ["CA00001", "150"],
          ["CA00123", "50"],
        ],
      },
    ],
  },
};

const expectedFallback: Record<string, string> = {
  button: "Button Template Label",
  quick_replies: "Quick reply label",
  carousel: "Welcome to Peter's Hats",
  list: "Element1",
  table: "Account details",
  mini_table: "Account details",
};

describe("normalizeBotPart", () => {
  it("rule 1: a component payload with text and no template_type is text", () => {
    expect(normalizeBotPart(textWirePart("Im SDKBot."))).toEqual([
      { kind: "text", text: "Im SDKBot." },
    ]);
  });

  it("rule 1: keeps the text as sent, markup and line breaks included", () => {
    expect(normalizeBotPart(textWirePart("*Hi*\nthere <b>x</b>"))).toEqual([
      { kind: "text", text: "*Hi*\nthere <b>x</b>" },
    ]);
  });

  it.each(Object.keys(mustRender))("rule 2: reads the double-nested %s template", (name) => {
    const payload = mustRender[name] ?? {};
    expect(normalizeBotPart(templateWirePart(payload))).toEqual([
      {
        kind: "template",
        templateType: name,
        payload,
        fallbackText: expectedFallback[name],
      },
    ]);
  });

  it("rule 2: template_type directly in component.payload", () => {
    const payload = { template_type: "button", text: "Pick", buttons: [] };
    const [part] = normalizeBotPart({ type: "text", component: { type: "template", payload } });
    expect(part).toMatchObject({ kind: "template", templateType: "button", fallbackText: "Pick" });
  });

  it("rule 2: component.payload as a JSON string is parsed", () => {
    const payload = { template_type: "quick_replies", text: "Pick a color:", quick_replies: [] };
    const parts = normalizeBotPart({
      type: "text",
      component: { type: "template", payload: JSON.stringify({ type: "template", payload }) },
    });
    expect(parts).toEqual([
      { kind: "template", templateType: "quick_replies", payload, fallbackText: "Pick a color:" },
    ]);
  });

  it("rule 2: a template wins over a text beside it", () => {
    const parts = normalizeBotPart({
      component: {
        type: "template",
        payload: { text: "outer", payload: { template_type: "list" } },
      },
    });
    expect(parts).toMatchObject([{ kind: "template", templateType: "list" }]);
  });

  it("rule 3: cInfo.body JSON with type template is the template", () => {
    const payload = { template_type: "carousel", elements: [{ title: "Hats" }] };
    const parts = normalizeBotPart({
      type: "text",
      cInfo: { body: JSON.stringify({ type: "template", payload }) },
    });
    expect(parts).toEqual([
      { kind: "template", templateType: "carousel", payload, fallbackText: "Hats" },
    ]);
  });

  it('rule 3: cInfo.body JSON { "text": ... } is text', () => {
    expect(normalizeBotPart({ type: "text", cInfo: { body: '{"text":"From JSON"}' } })).toEqual([
      { kind: "text", text: "From JSON" },
    ]);
  });

  it("rule 3: any other cInfo.body string is text, HTML and broken JSON included", () => {
    expect(normalizeBotPart({ type: "text", cInfo: { body: " Hi. " } })).toEqual([
      { kind: "text", text: " Hi. " },
    ]);
    expect(normalizeBotPart({ cInfo: { body: "<img src=x onerror=alert(1)>" } })).toEqual([
      { kind: "text", text: "<img src=x onerror=alert(1)>" },
    ]);
    expect(normalizeBotPart({ cInfo: { body: '{"type":"template",' } })).toEqual([
      { kind: "text", text: '{"type":"template",' },
    ]);
    expect(normalizeBotPart({ cInfo: { body: '{"foo":1}' } })).toEqual([
      { kind: "text", text: '{"foo":1}' },
    ]);
  });

  it("rule 3: cInfo.body is used when the component says nothing", () => {
    const parts = normalizeBotPart({
      type: "text",
      component: { type: "text", payload: { text: "" } },
      cInfo: { body: "from the body" },
    });
    expect(parts).toEqual([{ kind: "text", text: "from the body" }]);
  });

  it("rule 3: cInfo.body as an object (how the official SDK rebuilds history) is read", () => {
    const payload = { template_type: "button", text: "Pick", buttons: [] };
    const parts = normalizeBotPart({
      type: "text",
      cInfo: { body: { type: "template", payload } },
    });
    expect(parts).toMatchObject([{ kind: "template", templateType: "button" }]);
  });

  it("rule 3: reads JSON that was HTML-escaped whole", () => {
    const body = JSON.stringify({
      type: "template",
      payload: { template_type: "button", text: "Pick" },
    }).replaceAll('"', "&quot;");
    expect(normalizeBotPart({ cInfo: { body } })).toMatchObject([
      { kind: "template", templateType: "button", fallbackText: "Pick" },
    ]);
  });

  it.each(["image", "audio", "video", "link", "document"] as const)(
    "rule 4: a %s component with payload.url is media",
    (mediaType) => {
      const payload = { url: `https://example.com/file-${mediaType}`, name: `My ${mediaType}` };
      expect(
        normalizeBotPart({
          type: "text",
          component: { type: mediaType, payload },
          cInfo: { body: JSON.stringify({ type: mediaType, payload }) },
        }),
      ).toEqual([{ kind: "media", mediaType, url: payload.url, name: payload.name }]);
    },
  );

  it("rule 4: media without a name has no name field", () => {
    expect(
      normalizeBotPart({
        component: { type: "image", payload: { url: "https://example.com/a.png" } },
      }),
    ).toEqual([{ kind: "media", mediaType: "image", url: "https://example.com/a.png" }]);
  });

  it("rule 4: a message component with videoUrl is text + video", () => {
    const payload = { text: "Watch this", videoUrl: "https://example.com/v.mp4" };
    expect(
      normalizeBotPart({
        type: "text",
        component: { type: "message", payload },
        cInfo: { body: JSON.stringify({ type: "message", payload }) },
      }),
    ).toEqual([
      { kind: "text", text: "Watch this" },
      { kind: "media", mediaType: "video", url: "https://example.com/v.mp4" },
    ]);
  });

  it("rule 4: a message component with audioUrl is text + audio", () => {
    const parts = normalizeBotPart({
      component: {
        type: "message",
        payload: { text: "Listen", audioUrl: "https://example.com/a.mp3" },
      },
    });
    expect(parts).toEqual([
      { kind: "text", text: "Listen" },
      { kind: "media", mediaType: "audio", url: "https://example.com/a.mp3" },
    ]);
  });

  it("rule 4: media and message parts sent only as cInfo.body JSON (the simulator's shape)", () => {
    const image = { type: "image", payload: { url: "https://example.com/a.png", name: "a.png" } };
    const message = {
      type: "message",
      payload: { text: "Hi", videoUrl: "https://example.com/v.mp4" },
    };
    expect(normalizeBotPart({ cInfo: { body: JSON.stringify(image) } })).toEqual([
      { kind: "media", mediaType: "image", url: "https://example.com/a.png", name: "a.png" },
    ]);
    expect(normalizeBotPart({ cInfo: { body: JSON.stringify(message) } })).toEqual([
      { kind: "text", text: "Hi" },
      { kind: "media", mediaType: "video", url: "https://example.com/v.mp4" },
    ]);
  });

  it("rule 5: an unknown template stays a template, with its text as fallback", () => {
    const payload = { template_type: "otpValidationTemplate", title: "Enter the code" };
    expect(normalizeBotPart(templateWirePart(payload))).toEqual([
      {
        kind: "template",
        templateType: "otpValidationTemplate",
        payload,
        fallbackText: "Enter the code",
      },
    ]);
  });

  it("rule 5: a template with nothing readable falls back to [unsupported message]", () => {
    expect(normalizeBotPart(templateWirePart({ template_type: "SYSTEM" }))).toMatchObject([
      { kind: "template", templateType: "SYSTEM", fallbackText: "[unsupported message]" },
    ]);
  });

  it("a blank part is empty; an unreadable one is [unsupported message]", () => {
    expect(normalizeBotPart(textWirePart("   "))).toEqual([]);
    expect(normalizeBotPart({ type: "text" })).toEqual([]);
    expect(normalizeBotPart({ component: { type: "carousel", payload: { cards: [1] } } })).toEqual([
      { kind: "text", text: "[unsupported message]" },
    ]);
  });

  it("caps huge texts with an ellipsis", () => {
    const [part] = normalizeBotPart(textWirePart("x".repeat(maxTextLength * 3)));
    expect(part).toEqual({ kind: "text", text: `${"x".repeat(maxTextLength)}…` });
  });

  it("does not mutate the part, and its template payload is a copy without __proto__ keys", () => {
    const body =
      '{"type":"template","payload":{"template_type":"button","text":"Hi","__proto__":{"polluted":true}}}';
    const wire = { type: "text", cInfo: { body } };
    const frozen = JSON.parse(JSON.stringify(wire)) as BotMessagePart;
    const [part] = normalizeBotPart(wire);
    expect(wire).toEqual(frozen);
    expect(part).toEqual({
      kind: "template",
      templateType: "button",
      payload: { template_type: "button", text: "Hi" },
      fallbackText: "Hi",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("survives a part whose getters throw", () => {
    const hostile = {
      get component(): never {
        throw new Error("boom");
      },
    };
    expect(normalizeBotPart(hostile)).toEqual([{ kind: "text", text: "[unsupported message]" }]);
  });
});

describe("normalizeBotTurn", () => {
  const waitForResponse = templateWirePart({ template_type: "wait_for_response" });

  it("flattens the parts of a turn in order", () => {
    const parts: MessagePart[] = normalizeBotTurn([
      textWirePart("First"),
      templateWirePart(mustRender.button ?? {}),
      textWirePart("  "),
    ]);
    expect(parts.map((part) => part.kind)).toEqual(["text", "template"]);
  });

  it("guarantees one part for a turn with nothing readable", () => {
    expect(normalizeBotTurn([textWirePart(""), { type: "text" }])).toEqual([
      { kind: "text", text: "[unsupported message]" },
    ]);
    expect(normalizeBotTurn([])).toEqual([{ kind: "text", text: "[unsupported message]" }]);
  });

  it("a turn of only silent templates shows nothing (keep typing)", () => {
    expect(normalizeBotTurn([waitForResponse])).toEqual([]);
    expect(normalizeBotTurn([waitForResponse, textWirePart(" ")])).toEqual([]);
  });

  it("drops a silent template next to visible parts", () => {
    expect(normalizeBotTurn([textWirePart("One moment"), waitForResponse])).toEqual([
      { kind: "text", text: "One moment" },
    ]);
  });
});
