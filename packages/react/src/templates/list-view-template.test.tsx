import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ListViewTemplate, readListViewItems } from "./list-view-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "listView", payload, fallbackText: "Accounts" };
}

const demo = demoTemplates.listView ?? {};

describe("ListViewTemplate", () => {
  it("shows moreCount items; a postback item sends its action's title, as the official SDK", () => {
    const onSend = vi.fn();
    const { container } = render(<MessagePartView part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByText("Accounts")).toBeTruthy();
    const [shown] = screen.getAllByRole("list");
    if (shown === undefined) throw new Error("no list");
    expect(
      within(shown)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["CheckingAccount ending 4401$9,000", "SavingsAccount ending 4402$12,500"]);
    expect(container.querySelector("img")?.getAttribute("src")).toBe(
      "https://example.com/kore-chat-demo/account-1.png",
    );
    fireEvent.click(screen.getByRole("button", { name: "Savings" }));
    expect(onSend).toHaveBeenCalledWith({ body: "Savings", renderMsg: "Savings" });
  });

  it("See more discloses the other items and the moreData tabs, each a named list", () => {
    render(<ListViewTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    const more = screen.getByRole("button", { name: "See more" });
    expect(more.getAttribute("aria-expanded")).toBe("false");
    const region = document.getElementById(more.getAttribute("aria-controls") ?? "");
    expect(region?.hidden).toBe(true);
    fireEvent.click(more);
    expect(more.getAttribute("aria-expanded")).toBe("true");
    expect(more.textContent).toBe("Show less");
    expect(region?.hidden).toBe(false);
    expect(screen.getByRole("button", { name: "Credit card" })).toBeTruthy();
    const checking = screen.getByRole("list", { name: "Checking" });
    expect(
      within(checking)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Coffee shop2 June-$4.50", "Salary1 June+$3,200"]);
    expect(screen.getByRole("list", { name: "Savings" })).toBeTruthy();
    fireEvent.click(more);
    expect(region?.hidden).toBe(true);
  });

  it("is read-only from history: item buttons are disabled, See more still opens", () => {
    const onSend = vi.fn();
    render(<ListViewTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const item = screen.getByRole<HTMLButtonElement>("button", { name: "Checking" });
    expect(item.disabled).toBe(true);
    fireEvent.click(item);
    expect(onSend).not.toHaveBeenCalled();
    const more = screen.getByRole<HTMLButtonElement>("button", { name: "See more" });
    expect(more.disabled).toBe(false);
  });

  it("shows every item without seeMore, and links only safe URLs", () => {
    render(
      <ListViewTemplate
        part={part({
          heading: "Links",
          moreCount: 1,
          elements: [
            {
              title: "Docs",
              image_url: "javascript:alert(1)",
              default_action: { type: "web_url", url: "https://example.com/docs" },
              value: { type: "url", uri: "https://example.com/map", text: "directions" },
            },
            {
              title: "Evil",
              default_action: { type: "web_url", url: "javascript:alert(1)" },
              value: { type: "url", uri: "javascript:alert(2)", text: "click" },
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByRole("link", { name: "Docs" }).getAttribute("href")).toBe(
      "https://example.com/docs",
    );
    const directions = screen.getByRole("link", { name: "directions" });
    expect(directions.getAttribute("rel")).toBe("noopener noreferrer");
    expect(screen.getAllByRole("link")).toHaveLength(2);
    expect(screen.getByText("Evil")).toBeTruthy();
    expect(screen.getByText("click")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "See more" })).toBeNull();
  });

  it.each([
    ["empty payload", {}],
    ["elements not an array", { heading: "h", elements: "x", moreData: [] }],
    ["junk", { seeMore: "yes", moreCount: null, elements: [null, 1, {}], moreData: { a: "x" } }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <ListViewTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });

  it("reads items defensively", () => {
    expect(
      readListViewItems(
        [{ title: 5, value: ["x"], default_action: "x" }, { subtitle: "only" }, { image_url: "x" }],
        "i",
      ).map((item) => [item.title, item.subtitle, item.value, item.action]),
    ).toEqual([
      ["5", undefined, undefined, undefined],
      [undefined, "only", undefined, undefined],
    ]);
  });
});
