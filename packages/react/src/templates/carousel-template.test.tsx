import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { arabicStrings } from "../i18n/arabic-strings.js";
import { germanStrings } from "../i18n/german-strings.js";
import { StringsContext } from "../i18n/strings-context.js";
import { CarouselTemplate } from "./carousel-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "carousel", payload, fallbackText: "fallback" };
}

const demo = demoTemplates.carousel ?? { template_type: "carousel" };

describe("CarouselTemplate", () => {
  it("renders every demo card: image (alt = title), title link, subtitle, buttons", () => {
    render(<CarouselTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    const cards = screen.getAllByRole("listitem");
    expect(cards).toHaveLength(3);
    const first = within(cards[0] as HTMLElement);
    expect(first.getByRole("img", { name: "Welcome to Peter's Hats" }).getAttribute("src")).toBe(
      "https://example.com/kore-chat-demo/hats-1.jpg",
    );
    const titleLink = first.getByRole("link", { name: "Welcome to Peter's Hats" });
    expect(titleLink.getAttribute("href")).toBe("https://example.com/kore-chat-demo/hats/1");
    expect(titleLink.getAttribute("target")).toBe("_blank");
    expect(titleLink.getAttribute("rel")).toBe("noopener noreferrer");
    expect(first.getByText("Carousel card 1 of 3")).toBeTruthy();
    expect(first.getByRole("link", { name: "View website" })).toBeTruthy();
  });

  it("a card button sends its payload, named by its title", () => {
    const onSend = vi.fn();
    render(<CarouselTemplate part={part(demo)} interactive onSend={onSend} />);
    const second = within(screen.getAllByRole("listitem")[1] as HTMLElement);
    fireEvent.click(second.getByRole("button", { name: "Buy now" }));
    expect(onSend).toHaveBeenCalledWith({
      body: "DEVELOPER_DEFINED_PAYLOAD_1",
      renderMsg: "Buy now",
    });
  });

  it("has previous/next buttons that move through the cards", () => {
    render(<CarouselTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    const previous = screen.getByRole<HTMLButtonElement>("button", { name: "Previous card" });
    const next = screen.getByRole<HTMLButtonElement>("button", { name: "Next card" });
    expect(previous.disabled).toBe(true);
    expect(screen.getByText("1 / 3")).toBeTruthy();
    fireEvent.click(next);
    fireEvent.click(next);
    expect(screen.getByText("3 / 3")).toBeTruthy();
    expect(next.disabled).toBe(true);
    expect(previous.disabled).toBe(false);
    fireEvent.click(previous);
    expect(screen.getByText("2 / 3")).toBeTruthy();
  });

  it("keeps navigation but disables sending buttons when not interactive", () => {
    const onSend = vi.fn();
    render(<CarouselTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    for (const button of screen.getAllByRole<HTMLButtonElement>("button", { name: "Buy now" })) {
      expect(button.disabled).toBe(true);
    }
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Next card" }).disabled).toBe(
      false,
    );
    expect(screen.getAllByRole("link", { name: "View website" })).toHaveLength(3);
  });

  it("drops javascript: default_action and image URLs", () => {
    const { container } = render(
      <CarouselTemplate
        part={part({
          elements: [
            {
              title: "Card",
              image_url: "javascript:alert(1)",
              default_action: { type: "web_url", url: "javascript:alert(1)" },
              buttons: [{ type: "web_url", title: "Go", url: "JaVaScRiPt:alert(1)" }],
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelector("a")).toBeNull();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText("Card")).toBeTruthy();
    expect(screen.getByText("Go")).toBeTruthy();
  });

  it.each([
    ["no elements", {}],
    ["elements a string", { elements: "nope" }],
    ["null elements", { elements: [null, 1, "x", {}] }],
    ["numbers", { elements: [{ title: 1, subtitle: 2, image_url: 3, buttons: [{ title: 4 }] }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <CarouselTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });

  it("names its controls and cards in the strings of the nearest StringsContext", () => {
    const { unmount } = render(
      <StringsContext.Provider value={germanStrings}>
        <CarouselTemplate part={part(demo)} interactive onSend={vi.fn()} />
      </StringsContext.Provider>,
    );
    const carousel = screen.getByRole("region", { name: "Karten" });
    expect(carousel.getAttribute("aria-roledescription")).toBe("Karussell");
    expect(screen.getByRole("button", { name: "Vorherige Karte" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Nächste Karte" })).toBeTruthy();
    const third = screen.getByRole("listitem", { name: "3 von 3" });
    expect(third.getAttribute("aria-roledescription")).toBe("Folie");
    unmount();

    render(
      <StringsContext.Provider value={arabicStrings}>
        <CarouselTemplate part={part(demo)} interactive onSend={vi.fn()} />
      </StringsContext.Provider>,
    );
    expect(screen.getByRole("button", { name: "البطاقة السابقة" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "البطاقة التالية" })).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "1 من 3" })).toBeTruthy();
  });

  it("is named in English without a StringsContext", () => {
    render(<CarouselTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    expect(screen.getByRole("region", { name: "Cards" })).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "2 of 3" })).toBeTruthy();
  });
});
