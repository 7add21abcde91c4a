import { act, cleanup, fireEvent, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { splitMarkdownBlocks } from "./markdown-blocks.js";
import { MarkdownText, markdownLexCount } from "./markdown-text.js";

afterEach(cleanup);

const draw = (text: string) => render(<MarkdownText text={text} />).container;

describe("MarkdownText: CommonMark and GFM", () => {
  it("renders headings, emphasis, inline code, lists, quotes and rules as elements", () => {
    const root = draw(
      "## Plan\n\n**bold** and _italic_ and ~~gone~~ and `a<b`\n\n1. one\n2. two\n   - nested\n\n> quoted\n\n---",
    );
    expect(root.querySelector("h4")?.textContent).toBe("Plan");
    expect(root.querySelector("strong")?.textContent).toBe("bold");
    expect(root.querySelector("em")?.textContent).toBe("italic");
    expect(root.querySelector("s")?.textContent).toBe("gone");
    expect(root.querySelector("code")?.textContent).toBe("a<b");
    expect([...root.querySelectorAll("ol > li")].map((li) => li.firstChild?.textContent)).toEqual([
      "one",
      "two",
    ]);
    expect(root.querySelector("ol li ul li")?.textContent).toBe("nested");
    expect(root.querySelector("blockquote")?.textContent).toBe("quoted");
    expect(root.querySelector("hr")).not.toBeNull();
  });

  it("renders a GFM table with column headers", () => {
    const root = draw("| Plan | Price |\n| --- | ---: |\n| Gold | **9** |\n| Free | 0 |");
    const headers = [...root.querySelectorAll("thead th")];
    expect(headers.map((th) => [th.textContent, th.getAttribute("scope")])).toEqual([
      ["Plan", "col"],
      ["Price", "col"],
    ]);
    expect(headers[1]?.getAttribute("align")).toBe("right");
    expect([...root.querySelectorAll("tbody tr")].map((tr) => tr.textContent)).toEqual([
      "Gold9",
      "Free0",
    ]);
    expect(root.querySelector("tbody strong")?.textContent).toBe("9");
  });

  it("renders a fenced code block as text, with a Copy button that copies it", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const root = draw('```html\n<b onclick="x()">hi</b>\n```');
    const code = root.querySelector("pre code");
    expect(code?.textContent).toBe('<b onclick="x()">hi</b>');
    expect(code?.getAttribute("data-language")).toBe("html");
    expect(root.querySelector("b")).toBeNull();
    const button = root.querySelector("button") as HTMLButtonElement;
    expect(button.textContent).toBe("Copy code");
    await act(async () => {
      fireEvent.click(button);
    });
    expect(writeText).toHaveBeenCalledWith('<b onclick="x()">hi</b>');
    expect(button.textContent).toBe("Copied");
  });

  it("goes back to its Copy label a little later", async () => {
    vi.useFakeTimers();
    try {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: async () => undefined },
        configurable: true,
      });
      const button = draw("```\nx\n```").querySelector("button") as HTMLButtonElement;
      await act(async () => {
        fireEvent.click(button);
      });
      expect(button.textContent).toBe("Copied");
      act(() => {
        vi.runOnlyPendingTimers();
      });
      expect(button.textContent).toBe("Copy code");
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows no Copy button (and does not crash) without a clipboard", () => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    const root = draw("```\nx\n```");
    expect(root.querySelector("pre code")?.textContent).toBe("x");
    expect(root.querySelector("button")).toBeNull();
  });

  it("renders task lists with read-only checkboxes", () => {
    const root = draw("- [x] done\n- [ ] open");
    const boxes = [...root.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    expect(boxes.map((box) => [box.checked, box.disabled])).toEqual([
      [true, true],
      [false, true],
    ]);
  });

  it("makes safe links and autolinks, opening in a new tab", () => {
    const root = draw("See [the docs](https://kore.ai/docs) or https://example.com.");
    const links = [...root.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "https://kore.ai/docs",
      "https://example.com/",
    ]);
    for (const link of links) {
      expect(link.getAttribute("target")).toBe("_blank");
      expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    }
  });

  it("reads character references as characters", () => {
    expect(draw("Fish &amp; chips &lt;3 &#x1F600;").textContent).toBe("Fish & chips <3 😀");
  });
});

describe("MarkdownText: the platform's light markup still works", () => {
  it("reads *one star* as bold, _underscores_ as italic, ~one tilde~ as struck, newlines as breaks", () => {
    const root = draw("*Hello* _there_ ~old~\nnext line");
    expect(root.querySelector("strong")?.textContent).toBe("Hello");
    expect(root.querySelector("em")?.textContent).toBe("there");
    expect(root.querySelector("s")?.textContent).toBe("old");
    expect(root.querySelector("br")).not.toBeNull();
  });
});

describe("MarkdownText: untrusted input", () => {
  const payloads = [
    "<script>window.__xss(1)</script>",
    '<img src=x onerror="window.__xss(2)">',
    "<svg onload=window.__xss(3)>",
    '<iframe srcdoc="<script>parent.__xss(4)</script>"></iframe>',
    "[click](javascript:window.__xss(5))",
    "[click](JaVaScRiPt:window.__xss(6))",
    "[click](java\tscript:window.__xss(7))",
    "[click](vbscript:msgbox(8))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)",
    "![x](javascript:window.__xss(10))",
    '![x](data:image/svg+xml,<svg onload="window.__xss(11)">)',
    '<a href="javascript:window.__xss(12)">x</a>',
    "[ref]\n\n[ref]: javascript:window.__xss(13)",
    "<javascript:window.__xss(14)>",
    '<div style="background:url(javascript:window.__xss(15))">x</div>',
    "```\n</code></pre><script>window.__xss(16)</script>\n```",
    "| <img src=x onerror=window.__xss(17)> |\n|---|\n| <script>window.__xss(18)</script> |",
    // Ideas from e2e/support/xss-corpus.ts (not imported: it needs Node's Buffer and lives
    // outside this package's sources).
    "[click](javascript&colon;window.__xss(19))",
    "[click](&#106;avascript:window.__xss(20))",
    "[click](%6Aavascript:window.__xss(21))",
    "[*bold click*](javascript://%0Awindow.__xss(22))",
    '[click](https://example.com/"onmouseover="window.__xss(23))',
    'www.example.com/"onmouseover="window.__xss(24)"',
    "https://example.com/<img src=x onerror=window.__xss(25)>",
    "<scr<script>ipt>window.__xss(26)</scr</script>ipt>",
    '"><img src=x onerror=window.__xss(27)>',
    "&lt;img src=x onerror=window.__xss(28)&gt;",
    "&#x3C;script&#x3E;window.__xss(29)&#x3C;/script&#x3E;",
    "<details open ontoggle=window.__xss(30)>",
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss(31)">',
    "[x](<javascript:window.__xss(32)>)",
    "[x]( javascript:window.__xss(33) )",
    "![x](//evil.example/34)",
    "[x](vbscript:msgbox(35))",
    "*<img src=x onerror=window.__xss(36)>*\n\n> <svg onload=window.__xss(37)>",
  ];

  it.each(payloads)("nothing runs, no element or attribute is injected: %s", (payload) => {
    const root = draw(payload);
    expect(root.querySelectorAll("script, iframe, svg, object, embed, div[style]")).toHaveLength(0);
    for (const element of root.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith("on"), `${element.tagName} ${attribute.name}`).toBe(false);
        expect(attribute.value).not.toMatch(/^\s*(javascript|vbscript|data:text)/i);
      }
    }
    for (const link of root.querySelectorAll("a")) {
      expect(link.getAttribute("href")).toMatch(/^(https?:|mailto:|tel:)/);
    }
    for (const image of root.querySelectorAll("img")) {
      expect(image.getAttribute("src")).toMatch(/^https?:/);
    }
  });

  it("shows raw HTML as text", () => {
    const root = draw('Hi <b>there</b> <img src=x onerror="alert(1)">');
    expect(root.querySelector("b")).toBeNull();
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<b>there</b>");
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it("survives huge and pathological input", () => {
    const root = draw(`${"*".repeat(5_000)}${"[".repeat(2_000)}${"> ".repeat(500)}x`);
    expect(root.textContent?.length).toBeGreaterThan(0);
  });
});

describe("MarkdownText: a growing (streamed) text", () => {
  it("re-lexes only the block that changed", () => {
    const blocks = ["# Title", "First paragraph.", "- a\n- b", "| a |\n|---|\n| 1 |"];
    const view = render(<MarkdownText text={blocks[0] ?? ""} />);
    let text = blocks[0] ?? "";
    for (const block of blocks.slice(1)) {
      text = `${text}\n\n${block}`;
      const before = markdownLexCount.value;
      view.rerender(<MarkdownText text={text} />);
      // The new last block, once; the finished ones are not lexed again.
      expect(markdownLexCount.value - before).toBe(1);
    }
    const before = markdownLexCount.value;
    view.rerender(<MarkdownText text={`${text} more`} />);
    expect(markdownLexCount.value - before).toBe(1);
    expect(view.container.querySelector("table")).not.toBeNull();
  });

  it("keeps a code fence with blank lines in one block", () => {
    expect(splitMarkdownBlocks("a\n\n```\nx\n\ny\n```\n\nb")).toEqual([
      "a",
      "```\nx\n\ny\n```",
      "b",
    ]);
    // An unclosed fence (still streaming) runs to the end.
    expect(splitMarkdownBlocks("```\nx\n\ny")).toEqual(["```\nx\n\ny"]);
  });
});
