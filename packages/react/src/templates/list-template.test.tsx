import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ListTemplate } from "./list-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "list", payload, fallbackText: "fallback" };
}

const demo = demoTemplates.list ?? { template_type: "list" };

describe("ListTemplate", () => {
  it("renders the demo items and the footer button", () => {
    const onSend = vi.fn();
    render(<ListTemplate part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getByRole("img", { name: "Hoodie" })).toBeTruthy();
    expect(screen.getByText("Hoodie, 100% cotton")).toBeTruthy();
    const title = screen.getByRole("link", { name: "Cap" });
    expect(title.getAttribute("href")).toBe("https://example.com/kore-chat-demo/shop/3");
    expect(title.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getAllByRole("link", { name: "Details" })).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "View More" }));
    expect(onSend).toHaveBeenCalledWith({ body: "show table", renderMsg: "View More" });
  });

  it("an item click sends payload || title || value", () => {
    const onSend = vi.fn();
    render(
      <ListTemplate
        part={part({
          elements: [
            { title: "One", default_action: { type: "postback", payload: "p1" } },
            { title: "Two", default_action: { type: "postback", value: "v2" } },
            { default_action: { type: "postback", value: "v3" }, subtitle: "no title" },
          ],
          buttons: [{ type: "postback", title: "Footer", value: "fv" }],
        })}
        interactive
        onSend={onSend}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "One" }));
    fireEvent.click(screen.getByRole("button", { name: "Two" }));
    fireEvent.click(screen.getByRole("button", { name: "Footer" }));
    expect(onSend.mock.calls).toEqual([
      [{ body: "p1", renderMsg: "One" }],
      [{ body: "Two", renderMsg: "Two" }],
      [{ body: "Footer", renderMsg: "Footer" }],
    ]);
    expect(screen.getByText("no title")).toBeTruthy();
  });

  it("disables sending controls when not interactive", () => {
    const onSend = vi.fn();
    render(
      <ListTemplate
        part={part({
          elements: [{ title: "One", default_action: { type: "postback", payload: "p1" } }],
          buttons: [{ type: "postback", title: "More", payload: "more" }],
        })}
        interactive={false}
        onSend={onSend}
      />,
    );
    const buttons = screen.getAllByRole<HTMLButtonElement>("button");
    expect(buttons).toHaveLength(2);
    for (const button of buttons) {
      expect(button.disabled).toBe(true);
      fireEvent.click(button);
    }
    expect(onSend).not.toHaveBeenCalled();
  });

  it("shows an unsafe link as text", () => {
    const { container } = render(
      <ListTemplate
        part={part({
          elements: [
            {
              title: "Item",
              default_action: { type: "web_url", url: "javascript:alert(1)" },
              buttons: [{ title: "Bad", type: "web_url", url: "vbscript:x" }],
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelector("a")).toBeNull();
    expect(screen.getByText("Item")).toBeTruthy();
    expect(screen.getByText("Bad")).toBeTruthy();
  });

  it.each([
    ["no elements", {}],
    ["elements an object", { elements: { title: "x" }, buttons: 3 }],
    ["null elements", { elements: [null, [], { default_action: null }], buttons: [null] }],
    ["numbers", { elements: [{ title: 9, subtitle: 8 }], buttons: [{ title: 7, payload: 6 }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <ListTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });
});
