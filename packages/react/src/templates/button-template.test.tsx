import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ButtonTemplate } from "./button-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "button", payload, fallbackText: "fallback text" };
}

const demo = demoTemplates.button ?? { template_type: "button" };

describe("ButtonTemplate", () => {
  it("renders the demo: text, subText, postback buttons and a new-tab link", () => {
    const onSend = vi.fn();
    render(<ButtonTemplate part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByText("What would you like to see next?")).toBeTruthy();
    expect(screen.getByText(/Buttons send their payload/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Show carousel" }));
    expect(onSend).toHaveBeenCalledWith({ body: "show carousel", renderMsg: "Show carousel" });
    const link = screen.getByRole("link", { name: "Open the docs" });
    expect(link.getAttribute("href")).toBe("https://example.com/kore-chat-demo/docs");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    // A link has no click handler of its own (clicking it in happy-dom would navigate).
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it("sends payload, then value, then title", () => {
    const onSend = vi.fn();
    render(
      <ButtonTemplate
        part={part({
          text: "Pick",
          buttons: [
            { type: "postback", title: "A", value: "value-a" },
            { type: "postback", title: "B" },
            { type: "postback", title: "C", payload: 42 },
          ],
        })}
        interactive
        onSend={onSend}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "A" }));
    fireEvent.click(screen.getByRole("button", { name: "B" }));
    fireEvent.click(screen.getByRole("button", { name: "C" }));
    expect(onSend.mock.calls).toEqual([
      [{ body: "value-a", renderMsg: "A" }],
      [{ body: "B", renderMsg: "B" }],
      [{ body: "42", renderMsg: "C" }],
    ]);
  });

  it("shows unsafe links as plain text, never as an href", () => {
    const { container } = render(
      <ButtonTemplate
        part={part({
          text: "Links",
          buttons: [
            { type: "web_url", title: "Evil", url: "javascript:alert(1)" },
            { type: "url", title: "Data", url: "data:text/html,<script>alert(1)</script>" },
            { type: "web_url", title: "Mail", url: "mailto:help@example.com" },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(screen.getByText("Evil").closest("a")).toBeNull();
    expect(screen.getByText("Data").closest("a")).toBeNull();
    expect(screen.getByRole("link", { name: "Mail" }).getAttribute("href")).toBe(
      "mailto:help@example.com",
    );
    for (const anchor of container.querySelectorAll("a")) {
      expect(anchor.getAttribute("href")).toMatch(/^(https?|mailto|tel):/);
    }
  });

  it("disables sending buttons when not interactive; links still work", () => {
    const onSend = vi.fn();
    render(<ButtonTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const button = screen.getByRole<HTMLButtonElement>("button", { name: "Say hello" });
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole("link", { name: "Open the docs" })).toBeTruthy();
  });

  it.each([
    ["no buttons", { text: "Only text" }],
    ["buttons not an array", { text: "x", buttons: "nope" }],
    ["null and junk buttons", { text: 7, buttons: [null, 3, "s", {}, { type: "postback" }] }],
    ["numbers for strings", { text: 12, subText: 0, buttons: [{ title: 5, payload: 6 }] }],
    ["empty payload", {}],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <ButtonTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });

  it("falls back to the part's text when there is nothing to show", () => {
    render(<ButtonTemplate part={part({ buttons: [null] })} interactive onSend={vi.fn()} />);
    expect(screen.getByText("fallback text")).toBeTruthy();
  });
});
