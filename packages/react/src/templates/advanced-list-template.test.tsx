import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AdvancedListTemplate } from "./advanced-list-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return {
    kind: "template",
    templateType: "advancedListTemplate",
    payload,
    fallbackText: "Meetings",
  };
}

const demo = demoTemplates.advancedListTemplate ?? {};

function regionOf(toggle: HTMLElement): HTMLElement {
  const region = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
  if (region === null) throw new Error("no region");
  return region;
}

describe("AdvancedListTemplate", () => {
  it("shows the title, the first listItemDisplayCount items, and See more for the rest", () => {
    render(<MessagePartView part={part(demo)} interactive onSend={vi.fn()} />);
    expect(screen.getByText("Upcoming meetings")).toBeTruthy();
    expect(screen.getByText("Your next meetings this week")).toBeTruthy();
    expect(screen.getByText("30 min")).toBeTruthy();
    expect(screen.getByText("Room 4.12, Berlin office")).toBeTruthy();
    const more = screen.getByRole("button", { name: "Show all meetings" });
    const rest = regionOf(more);
    expect(rest.hidden).toBe(true);
    expect(within(rest).getByText("Quarterly planning")).toBeTruthy();
    fireEvent.click(more);
    expect(rest.hidden).toBe(false);
    expect(more.textContent).toBe("Show less");
  });

  it("makes an accordion item's title a disclosure, open unless isCollapsed", () => {
    render(<AdvancedListTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    const design = screen.getByRole("button", { name: "Design review" });
    expect(design.getAttribute("aria-expanded")).toBe("true");
    expect(regionOf(design).hidden).toBe(false);
    expect(design.getAttribute("aria-describedby")).not.toBeNull();
    fireEvent.click(design);
    expect(design.getAttribute("aria-expanded")).toBe("false");
    expect(regionOf(design).hidden).toBe(true);

    const room = screen.getByRole("button", { name: "Book a room" });
    expect(room.getAttribute("aria-expanded")).toBe("false");
    expect(regionOf(room).hidden).toBe(true);
    fireEvent.click(room);
    expect(regionOf(room).hidden).toBe(false);
  });

  it("sends a button's payload; buttons past the display limit wait behind More actions", () => {
    const onSend = vi.fn();
    render(<AdvancedListTemplate part={part(demo)} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Reschedule" }));
    expect(onSend).toHaveBeenLastCalledWith({ body: "show dateTemplate", renderMsg: "Reschedule" });
    const [buttonsMenu] = screen.getAllByRole("button", { name: "More actions" });
    if (buttonsMenu === undefined) throw new Error("no menu");
    expect(regionOf(buttonsMenu).hidden).toBe(true);
    fireEvent.click(buttonsMenu);
    expect(regionOf(buttonsMenu).hidden).toBe(false);
    const agenda = within(regionOf(buttonsMenu)).getByRole("link", { name: "Agenda" });
    expect(agenda.getAttribute("href")).toBe("https://example.com/kore-chat-demo/agenda");
  });

  it("makes an item with a type a button itself, with a status tag and a dropdown", () => {
    const onSend = vi.fn();
    render(<AdvancedListTemplate part={part(demo)} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Team sync" }));
    expect(onSend).toHaveBeenLastCalledWith({ body: "show list", renderMsg: "Team sync" });
    expect(screen.getByText("Accepted").tagName).toBe("SPAN");
    const [, dropdown] = screen.getAllByRole("button", { name: "More actions" });
    if (dropdown === undefined) throw new Error("no dropdown");
    fireEvent.click(dropdown);
    fireEvent.click(within(regionOf(dropdown)).getByRole("button", { name: "Decline" }));
    expect(onSend).toHaveBeenLastCalledWith({ body: "hello", renderMsg: "Decline" });
  });

  it("sends the options view's choices as '<confirm title>: <values>'", () => {
    const onSend = vi.fn();
    render(<AdvancedListTemplate part={part(demo)} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Book a room" }));
    const group = screen.getByRole("group", { name: "Book a room" });
    fireEvent.click(within(group).getByRole("checkbox", { name: "Room 4.12" }));
    fireEvent.click(within(group).getByRole("checkbox", { name: "Roof terrace" }));
    fireEvent.click(screen.getByRole("button", { name: "Book" }));
    expect(onSend).toHaveBeenCalledWith({
      body: "Book: room-412,terrace",
      renderMsg: "Book: Room 4.12, Roof terrace",
      answersTemplate: true,
    });
  });

  it("shows the table view as pairs", () => {
    render(<AdvancedListTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    const rows = [...document.querySelectorAll(".kc-pairs__row")].map((row) => [
      row.querySelector("dt")?.textContent,
      row.querySelector("dd")?.textContent,
    ]);
    expect(rows).toEqual([
      ["Organiser", "Sam"],
      ["Where", "Room 2.01"],
      ["Attendees", "12"],
    ]);
  });

  it("is read-only from history: buttons and choices disabled, disclosures still open", () => {
    const onSend = vi.fn();
    render(<AdvancedListTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const reschedule = screen.getByRole<HTMLButtonElement>("button", { name: "Reschedule" });
    expect(reschedule.disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Team sync" }).disabled).toBe(
      true,
    );
    const room = screen.getByRole<HTMLButtonElement>("button", { name: "Book a room" });
    expect(room.disabled).toBe(false);
    fireEvent.click(room);
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Room 4.12" }).disabled).toBe(
      true,
    );
    fireEvent.click(reschedule);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("never puts an unsafe URL in an href or src", () => {
    render(
      <AdvancedListTemplate
        part={part({
          listItems: [
            {
              title: "Evil",
              icon: "javascript:alert(1)",
              type: "web_url",
              url: "javascript:alert(2)",
              buttons: [{ type: "web_url", title: "Bad", url: "javascript:alert(3)" }],
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
    expect(document.body.innerHTML).not.toContain("javascript:");
  });

  it.each([
    ["empty payload", {}],
    ["listItems not an array", { title: "T", listItems: "x" }],
    ["junk items", { listItems: [null, 1, {}, { title: {} }], listItemDisplayCount: "many" }],
    [
      "junk fields",
      {
        listItems: [
          {
            title: "A",
            isAccordian: "yes",
            headerOptions: [null, { type: "dropdown" }, { contenttype: "button" }],
            view: "options",
            optionsData: "x",
            buttons: {},
          },
          { title: "B", view: "table", tableListData: [null, { rowData: [null, {}] }] },
        ],
      },
    ],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <AdvancedListTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });
});
