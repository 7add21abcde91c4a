import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CardTemplate, readCardButtons } from "./card-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "cardTemplate", payload, fallbackText: "Your flight" };
}

const demo = demoTemplates.cardTemplate ?? {};

describe("CardTemplate", () => {
  it("shows each card's heading, rows and buttons; a button sends its payload and title", () => {
    const onSend = vi.fn();
    const { container } = render(<MessagePartView part={part(demo)} interactive onSend={onSend} />);
    const [flight, booking] = screen
      .getAllByRole("listitem")
      .filter((item) => item.matches(".kc-card"));
    if (flight === undefined || booking === undefined) throw new Error("two cards expected");
    expect(within(flight).getByText("Flight KC 101")).toBeTruthy();
    expect(within(flight).getByText("Berlin to Lisbon · on time")).toBeTruthy();
    expect(within(flight).getByText("Departs 10:40 · gate B12")).toBeTruthy();
    expect(container.querySelector(".kc-icon")?.getAttribute("src")).toBe(
      "https://example.com/kore-chat-demo/flight.png",
    );
    // cardType "list": each row is its description (a label) over its title.
    expect(
      [...booking.querySelectorAll(".kc-sdk-rows__pair")].map((pair) => pair.textContent),
    ).toEqual(["PassengerAlex Doe", "Seat14C", "ClassEconomy"]);
    expect(within(booking).getByText("HX").getAttribute("aria-hidden")).toBe("true");
    // No inline styles from cardStyles (a strict CSP forbids them).
    expect(container.querySelector("[style]")).toBeNull();

    fireEvent.click(within(flight).getByRole("button", { name: "Check in" }));
    expect(onSend).toHaveBeenCalledWith({ body: "show form_template", renderMsg: "Check in" });
    const pass = within(flight).getByRole("link", { name: "Boarding pass" });
    expect(pass.getAttribute("href")).toBe("https://example.com/kore-chat-demo/boarding-pass");
    expect(pass.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("opens the heading's menu as a disclosure; its options send", () => {
    const onSend = vi.fn();
    render(<CardTemplate part={part(demo)} interactive onSend={onSend} />);
    const menu = screen.getByRole("button", { name: "More actions" });
    expect(menu.getAttribute("aria-expanded")).toBe("false");
    const region = document.getElementById(menu.getAttribute("aria-controls") ?? "");
    expect(region?.hidden).toBe(true);
    fireEvent.click(menu);
    expect(menu.getAttribute("aria-expanded")).toBe("true");
    expect(region?.hidden).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Add a bag" }));
    expect(onSend).toHaveBeenCalledWith({ body: "show multi_select", renderMsg: "Add a bag" });
  });

  it("is read-only from history: buttons disabled, links and the menu still work", () => {
    const onSend = vi.fn();
    render(<CardTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const checkIn = screen.getByRole<HTMLButtonElement>("button", { name: "Check in" });
    expect(checkIn.disabled).toBe(true);
    fireEvent.click(checkIn);
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole("link", { name: "Boarding pass" })).toBeTruthy();
    const menu = screen.getByRole<HTMLButtonElement>("button", { name: "More actions" });
    fireEvent.click(menu);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Change seat" }).disabled).toBe(
      true,
    );
  });

  it("opens a web_url button's value, and never an unsafe URL", () => {
    render(
      <CardTemplate
        part={part({
          cards: [
            {
              cardHeading: { title: "Links", icon: "javascript:alert(1)" },
              buttons: [
                { type: "web_url", title: "By value", value: "https://example.com/v" },
                { type: "web_url", title: "Evil", url: "javascript:alert(1)" },
                { type: "url", title: "Evil value", value: "javascript:alert(2)" },
              ],
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      "https://example.com/v",
    ]);
    expect(screen.getByText("Evil").closest("a")).toBeNull();
    expect(screen.getByText("Evil value").closest("a")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
    expect(document.body.innerHTML).not.toContain("javascript:");
  });

  it.each([
    ["empty payload", {}],
    ["cards not an array", { cards: "x" }],
    ["junk cards", { cards: [null, 1, "x", {}] }],
    [
      "junk fields",
      {
        cards: [
          {
            cardHeading: { title: 3, headerExtraInfo: 1 },
            cardDescription: [null, {}],
            buttons: [null],
          },
        ],
      },
    ],
  ])("falls back without throwing on a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <CardTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });

  it("reads buttons defensively", () => {
    expect(
      readCardButtons([null, { type: "postback", value: "v" }, { title: "No body" }], "b").map(
        (action) => action.kind === "send" && action.send,
      ),
    ).toEqual([
      { body: "v", renderMsg: "v" },
      { body: "No body", renderMsg: "No body" },
    ]);
  });
});
