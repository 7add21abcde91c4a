import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QuickRepliesTemplate } from "./quick-replies-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "quick_replies", payload, fallbackText: "fallback" };
}

const demo = demoTemplates.quick_replies ?? { template_type: "quick_replies" };

describe("QuickRepliesTemplate", () => {
  it("renders the demo chips; text and postback chips send their payload", () => {
    const onSend = vi.fn();
    render(<QuickRepliesTemplate part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByText("Pick a color:")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Green" }));
    expect(onSend).toHaveBeenCalledWith({ body: "green", renderMsg: "Green" });
    const link = screen.getByRole("link", { name: "Our website" });
    expect(link.getAttribute("href")).toBe("https://example.com/kore-chat-demo/");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("shows a safe image_url as a decorative image; the chip is named by its title", () => {
    const { container } = render(
      <QuickRepliesTemplate part={part(demo)} interactive onSend={vi.fn()} />,
    );
    const red = screen.getByRole("button", { name: "Red" });
    expect(red.querySelector("img")?.getAttribute("src")).toBe(
      "https://example.com/kore-chat-demo/red.png",
    );
    expect(red.querySelector("img")?.getAttribute("alt")).toBe("");
    expect(container.querySelectorAll("img")).toHaveLength(1);
  });

  it("disables every chip once one is chosen", () => {
    const onSend = vi.fn();
    render(<QuickRepliesTemplate part={part(demo)} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Red" }));
    fireEvent.click(screen.getByRole("button", { name: "Show list" }));
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith({ body: "red", renderMsg: "Red" });
    for (const button of screen.getAllByRole<HTMLButtonElement>("button")) {
      expect(button.disabled).toBe(true);
    }
  });

  it("disables the chips when not interactive", () => {
    const onSend = vi.fn();
    render(<QuickRepliesTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const chips = screen.getAllByRole<HTMLButtonElement>("button");
    expect(chips).toHaveLength(3);
    for (const chip of chips) expect(chip.disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Red" }));
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole("link", { name: "Our website" })).toBeTruthy();
  });

  it("refuses unsafe chip links and image URLs", () => {
    const { container } = render(
      <QuickRepliesTemplate
        part={part({
          text: "x",
          quick_replies: [
            { content_type: "url", title: "Evil", url: "javascript:alert(1)" },
            {
              content_type: "text",
              title: "Pic",
              payload: "p",
              image_url: "data:image/svg+xml;base64,PHN2Zz4=",
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelector("a")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText("Evil")).toBeTruthy();
  });

  it.each([
    ["no quick_replies", { text: "Only text" }],
    ["quick_replies an object", { text: "x", quick_replies: { title: "a" } }],
    ["null entries", { quick_replies: [null, undefined, 1, { content_type: "text" }] }],
    ["numbers", { text: 1, quick_replies: [{ content_type: 3, title: 4, payload: 5 }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <QuickRepliesTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });

  it("sends the payload of a chip without content_type", () => {
    const onSend = vi.fn();
    render(
      <QuickRepliesTemplate
        part={part({ text: "x", quick_replies: [{ title: 4, payload: 5 }] })}
        interactive
        onSend={onSend}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "4" }));
    expect(onSend).toHaveBeenCalledWith({ body: "5", renderMsg: "4" });
  });
});
