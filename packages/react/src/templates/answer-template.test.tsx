import { normalizeBotPart, type TemplatePart } from "@kore-chat/store";
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { AnswerTemplate } from "./answer-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

const part = (payload: Record<string, unknown>): TemplatePart => ({
  kind: "template",
  templateType: "answerTemplate",
  payload: { template_type: "answerTemplate", ...payload },
  fallbackText: "An answer",
});
const generative = (fragments: unknown[]) => ({
  answer_payload: {
    center_panel: {
      type: "citation_snippet",
      data: [{ snippet_type: "generative_model", snippet_content: fragments }],
    },
  },
});

describe("AnswerTemplate", () => {
  it("renders the fragments as Markdown with numbered citations and sources as safe links", () => {
    const { container } = render(
      <AnswerTemplate
        interactive
        onSend={() => undefined}
        part={part(
          generative([
            {
              answer_fragment: "Ships in **2 days**.",
              sources: [{ doc_id: "d1", title: "Shipping", url: "https://example.com/ship" }],
            },
            {
              answer_fragment: "Express is faster.",
              sources: [{ doc_id: "d2", title: "Express", url: "javascript:alert(1)" }],
            },
            {
              answer_fragment: "Again shipping.",
              sources: [{ doc_id: "d1", title: "Shipping", url: "https://example.com/ship" }],
            },
          ]),
        )}
      />,
    );
    expect(container.querySelector("strong")?.textContent).toBe("2 days");
    expect(container.textContent).toContain(
      "Ships in 2 days. [1] Express is faster. [2] Again shipping. [1]",
    );
    const items = [...container.querySelectorAll(".kc-answer__sources li")];
    expect(items.map((item) => item.textContent)).toEqual(["Shipping", "Express"]);
    expect(items[0]?.querySelector("a")?.getAttribute("href")).toBe("https://example.com/ship");
    // The unsafe source stays text.
    expect(items[1]?.querySelector("a")).toBeNull();
  });

  it("reads an extractive answer and the plain { answer, sources } shape", () => {
    const extractive = render(
      <AnswerTemplate
        interactive
        onSend={() => undefined}
        part={part({
          answer_payload: {
            center_panel: {
              data: [
                {
                  snippet_type: "extractive_model",
                  snippet_content: "From the FAQ.",
                  source: "FAQ",
                  url: "https://example.com/faq",
                },
              ],
            },
          },
        })}
      />,
    );
    expect(extractive.container.textContent).toContain("From the FAQ.");
    expect(extractive.container.querySelector("a")?.textContent).toBe("FAQ");
    cleanup();
    const plain = render(
      <AnswerTemplate
        interactive
        onSend={() => undefined}
        part={part({
          answer: "Plain _answer_",
          sources: [{ title: "Doc", url: "https://example.com/doc" }],
        })}
      />,
    );
    expect(plain.container.querySelector("em")?.textContent).toBe("answer");
    expect(plain.container.querySelector("a")?.getAttribute("href")).toBe(
      "https://example.com/doc",
    );
  });

  it("is reached from a live bot_response part through the store and the built-in registry", () => {
    const payload = {
      template_type: "answerTemplate",
      ...generative([
        {
          answer_fragment: "Use `kc` _daily_.",
          sources: [{ doc_id: "d1", title: "Guide", url: "https://example.com/guide" }],
        },
      ]),
    };
    const [normalized] = normalizeBotPart({
      type: "text",
      component: { type: "template", payload: { type: "template", payload } },
    });
    expect(normalized?.kind).toBe("template");
    if (normalized === undefined) return;
    const { container } = render(
      <MessagePartView part={normalized} interactive onSend={() => undefined} />,
    );
    expect(container.querySelector(".kc-answer code")?.textContent).toBe("kc");
    expect(container.querySelector(".kc-answer__sources a")?.getAttribute("href")).toBe(
      "https://example.com/guide",
    );
  });

  it("falls back to the fallback text for a payload it cannot read", () => {
    const { container } = render(
      <AnswerTemplate
        interactive
        onSend={() => undefined}
        part={part({ answer_payload: "junk" })}
      />,
    );
    expect(container.textContent).toBe("An answer");
  });
});
