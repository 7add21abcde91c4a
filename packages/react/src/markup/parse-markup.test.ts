import { describe, expect, it } from "vitest";
import { type MarkupNode, parseMarkup } from "./parse-markup.js";

const text = (value: string): MarkupNode => ({ type: "text", text: value });

describe("parseMarkup", () => {
  it("returns nothing for empty text", () => {
    expect(parseMarkup("")).toEqual([]);
  });

  it("parses each construct", () => {
    expect(parseMarkup("*b*")).toEqual([{ type: "strong", children: [text("b")] }]);
    expect(parseMarkup("_i_")).toEqual([{ type: "emphasis", children: [text("i")] }]);
    expect(parseMarkup("~s~")).toEqual([{ type: "strike", children: [text("s")] }]);
    expect(parseMarkup("a\nb")).toEqual([text("a"), { type: "lineBreak" }, text("b")]);
    expect(parseMarkup("a\r\nb")).toEqual([text("a"), { type: "lineBreak" }, text("b")]);
    expect(parseMarkup("[docs](https://kore.ai)")).toEqual([
      { type: "link", url: "https://kore.ai", children: [text("docs")] },
    ]);
  });

  it("keeps surrounding text", () => {
    expect(parseMarkup("say *hi* now")).toEqual([
      text("say "),
      { type: "strong", children: [text("hi")] },
      text(" now"),
    ]);
  });

  it("nests emphasis", () => {
    expect(parseMarkup("*bold _and italic_*")).toEqual([
      {
        type: "strong",
        children: [text("bold "), { type: "emphasis", children: [text("and italic")] }],
      },
    ]);
    expect(parseMarkup("[*x*](https://a.b)")).toEqual([
      { type: "link", url: "https://a.b", children: [{ type: "strong", children: [text("x")] }] },
    ]);
  });

  it("keeps unmatched markers literal", () => {
    expect(parseMarkup("5 * 3 = 15")).toEqual([text("5 * 3 = 15")]);
    expect(parseMarkup("*open")).toEqual([text("*open")]);
    expect(parseMarkup("snake_case_name")).toEqual([text("snake_case_name")]);
    expect(parseMarkup("~ not ~")).toEqual([text("~ not ~")]);
    expect(parseMarkup("[label](no close")).toEqual([text("[label](no close")]);
    expect(parseMarkup("[label] (x)")).toEqual([text("[label] (x)")]);
    expect(parseMarkup("*a\nb*")).toEqual([text("*a"), { type: "lineBreak" }, text("b*")]);
  });

  it("keeps HTML as text", () => {
    expect(parseMarkup("<script>alert(1)</script>")).toEqual([text("<script>alert(1)</script>")]);
  });

  it("links bare URLs without trailing punctuation", () => {
    expect(parseMarkup("see https://kore.ai/x_y.")).toEqual([
      text("see "),
      { type: "link", url: "https://kore.ai/x_y", children: [text("https://kore.ai/x_y")] },
      text("."),
    ]);
    expect(parseMarkup("(www.kore.ai)")).toEqual([
      text("("),
      { type: "link", url: "www.kore.ai", children: [text("www.kore.ai")] },
      text(")"),
    ]);
    expect(parseMarkup("https://en.wikipedia.org/wiki/A_(b)")[0]).toMatchObject({
      type: "link",
      url: "https://en.wikipedia.org/wiki/A_(b)",
    });
  });

  it("does not link a URL glued to a word", () => {
    expect(parseMarkup("xhttps://a.b")).toEqual([text("xhttps://a.b")]);
  });

  it("keeps an unsafe link target as a link node (the renderer refuses it)", () => {
    expect(parseMarkup("[x](javascript:alert(1))")).toEqual([
      { type: "link", url: "javascript:alert(1", children: [text("x")] },
      text(")"),
    ]);
  });

  it("completes on large adversarial input", () => {
    const inputs = [
      "*_~[".repeat(5_000),
      "*a ".repeat(7_000),
      `https://${")".repeat(20_000)}`,
      "[a](".repeat(5_000),
      "_".repeat(20_000),
      "[".repeat(10_000) + "]".repeat(10_000),
    ];
    for (const input of inputs) {
      const nodes = parseMarkup(input);
      expect(nodes.length).toBeGreaterThan(0);
    }
  });
});
