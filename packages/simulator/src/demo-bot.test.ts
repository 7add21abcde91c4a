import { describe, expect, it } from "vitest";
import type { BotPart } from "./bot-turn.js";
import { demoBotReply, demoShowNames } from "./demo-bot.js";

// Every template_type named in TEMPLATES.md §2.
const SPEC_TEMPLATE_TYPES = [
  "button",
  "quick_replies",
  "carousel",
  "list",
  "table",
  "mini_table",
  "dropdown_template",
  "multi_select",
  "form_template",
  "feedbackTemplate",
  "piechart",
  "barchart",
  "linechart",
  "dateTemplate",
  "daterange",
  "clockTemplate",
  "listView",
  "radioOptionTemplate",
  "live_agent",
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
  "wait_for_response",
];

function onlyPart(text: string): BotPart {
  const { parts } = demoBotReply(text);
  expect(parts).toHaveLength(1);
  const [part] = parts;
  if (part === undefined) throw new Error("no part");
  return part;
}

describe("demoBotReply", () => {
  it("greets on hi and hello, case and punctuation insensitive", () => {
    for (const text of ["hi", "Hello", " HI! "]) {
      expect(onlyPart(text)).toMatch(/^Hello! I'm Demo Bot/);
    }
  });

  it("lists the commands on help", () => {
    const help = onlyPart("help");
    expect(help).toContain("show templates");
    expect(help).toContain("multi");
    expect(help).toContain("send me a file");
  });

  it("echoes anything else", () => {
    expect(onlyPart("  what time is it  ")).toBe("You said: what time is it");
  });

  it.each(SPEC_TEMPLATE_TYPES)("shows the %s template by its template_type", (templateType) => {
    const part = onlyPart(`show ${templateType}`);
    expect(part).toMatchObject({ type: "template", payload: { template_type: templateType } });
  });

  it("shows every feedbackTemplate view", () => {
    const views = [
      "feedbackTemplate",
      "feedbackTemplate-csat",
      "feedbackTemplate-nps",
      "feedbackTemplate-thumbs",
    ].map((name) => onlyPart(`show ${name}`));
    expect(
      views.map(
        (part) => typeof part === "object" && part.type === "template" && part.payload.view,
      ),
    ).toEqual(["star", "CSAT", "NPS", "ThumbsUpDown"]);
    expect(views[3]).toMatchObject({ payload: { thumpsUpDownArrays: expect.any(Array) } });
  });

  it("shows every chart layout", () => {
    const payloads = [
      "piechart",
      "piechart-donut",
      "piechart-donut_legend",
      "barchart",
      "barchart-horizontal",
      "barchart-stacked",
    ].map((name) => {
      const part = onlyPart(`show ${name}`);
      return typeof part === "object" && part.type === "template"
        ? part.payload
        : { template_type: "" };
    });
    expect(payloads.map((payload) => payload.pie_type ?? payload.direction)).toEqual([
      "regular",
      "donut",
      "donut_legend",
      "vertical",
      "horizontal",
      "vertical",
    ]);
    expect(payloads[5]).toMatchObject({ template_type: "barchart", stacked: true });
  });

  it.each(["image", "audio", "video", "link", "document"])(
    "shows %s media with an https url",
    (media) => {
      const part = onlyPart(`show ${media}`);
      expect(part).toMatchObject({
        type: media,
        url: expect.stringMatching(/^https:\/\/example\.com\//),
      });
    },
  );

  it("shows a message with a videoUrl", () => {
    expect(onlyPart("show message")).toMatchObject({
      type: "message",
      text: expect.any(String),
      videoUrl: expect.stringMatching(/^https:/),
    });
  });

  it("attaches a live agent author to live_agent", () => {
    expect(demoBotReply("show live_agent").author).toEqual({
      firstName: "Alex",
      lastName: "Agent",
      type: "AGENT",
    });
    expect(demoBotReply("show button").author).toBeUndefined();
  });

  it("lists every show name on show templates", () => {
    const list = onlyPart("show templates");
    for (const name of demoShowNames()) expect(list).toContain(name);
    expect(demoShowNames()).toEqual(expect.arrayContaining(SPEC_TEMPLATE_TYPES));
  });

  it("answers an unknown show name with text, not a crash", () => {
    expect(onlyPart("show nonsense")).toContain('"nonsense"');
  });

  it("acknowledges a code from the OTP and reset-PIN templates without echoing it", () => {
    expect(onlyPart("#123456#")).toBe("Thanks, that code checks out: you're verified.");
    expect(onlyPart("#4321#")).toBe("Done: your new PIN is set.");
    expect(onlyPart("123456")).toBe("You said: 123456");
  });

  it("sends a new OTP template on resend, and thanks for a like", () => {
    const { parts } = demoBotReply("resend otp");
    expect(parts[0]).toBe("I've sent you a new code.");
    expect(parts[1]).toMatchObject({
      type: "template",
      payload: { template_type: "otpValidationTemplate", pinLength: 6 },
    });
    expect(onlyPart("like")).toBe("Glad it helped!");
    expect(onlyPart("dislike")).toMatch(/^Sorry/);
  });

  it("answers multi with one turn of two parts", () => {
    expect(demoBotReply("multi").parts).toHaveLength(2);
  });

  it("acknowledges attachment-only messages", () => {
    expect(demoBotReply("", { attachmentCount: 2 }).parts).toEqual(["You sent 2 attachments."]);
    const attachments = [
      { fileName: "report.pdf", size: 12_288 },
      { fileName: "<b>x</b>.png", size: 3_670_016 },
      { fileName: "tiny.txt", size: 12 },
    ];
    expect(demoBotReply("", { attachmentCount: 3, attachments }).parts).toEqual([
      "Thanks, I got report.pdf (12 KB), <b>x</b>.png (3.5 MB), tiny.txt (12 B).",
    ]);
  });
});
