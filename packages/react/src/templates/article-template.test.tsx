import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ArticleTemplate } from "./article-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "articleTemplate", payload, fallbackText: "Articles" };
}

const demo = demoTemplates.articleTemplate ?? {};

function regionOf(toggle: HTMLElement): HTMLElement {
  const region = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
  if (region === null) throw new Error("no region");
  return region;
}

describe("ArticleTemplate", () => {
  it("lists displayLimit articles with a clamped preview and their dates", () => {
    render(<MessagePartView part={part(demo)} interactive onSend={vi.fn()} />);
    const reset = screen.getByRole("button", { name: "Reset your password" });
    expect(reset.getAttribute("aria-expanded")).toBe("false");
    const body = regionOf(reset);
    expect(body.querySelector(".kc-article__text--clamped")?.textContent).toMatch(
      /^Open Settings, choose Security/,
    );
    // The light markup is rendered, not shown as asterisks.
    expect(within(body).getByText("Settings").tagName).toBe("STRONG");
    expect(within(body).getByText("Created 12 Jan 2025")).toBeTruthy();
    expect(within(body).getByText("Updated 3 Mar 2025")).toBeTruthy();
    expect(within(body).queryByRole("link")).toBeNull();
    const more = screen.getByRole("button", { name: "Show more articles" });
    expect(regionOf(more).hidden).toBe(true);
    expect(within(regionOf(more)).getByText("Download your invoices")).toBeTruthy();
  });

  it("opens an article in place: its whole text and its button, which sends", () => {
    const onSend = vi.fn();
    render(<ArticleTemplate part={part(demo)} interactive onSend={onSend} />);
    const plan = screen.getByRole("button", { name: "Change your plan" });
    expect(screen.queryByRole("button", { name: "Compare plans" })).toBeNull();
    fireEvent.click(plan);
    expect(plan.getAttribute("aria-expanded")).toBe("true");
    expect(regionOf(plan).querySelector(".kc-article__text--clamped")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Compare plans" }));
    expect(onSend).toHaveBeenCalledWith({
      body: "show radioOptionTemplate",
      renderMsg: "Compare plans",
    });
    fireEvent.click(screen.getByRole("button", { name: "Reset your password" }));
    expect(screen.getByRole("link", { name: "Open article" }).getAttribute("href")).toBe(
      "https://example.com/kore-chat-demo/articles/password",
    );
  });

  it("is read-only from history: articles still open, their buttons are disabled", () => {
    const onSend = vi.fn();
    render(<ArticleTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Show more articles" }));
    fireEvent.click(screen.getByRole("button", { name: "Download your invoices" }));
    const invoice = screen.getByRole<HTMLButtonElement>("button", { name: "Get an invoice" });
    expect(invoice.disabled).toBe(true);
    fireEvent.click(invoice);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("never links an unsafe URL; an untitled article shows its text and button at once", () => {
    render(
      <ArticleTemplate
        part={part({
          elements: [
            {
              description: "No title",
              button: { type: "web_url", title: "Evil", url: "javascript:alert(1)" },
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.getByText("No title")).toBeTruthy();
    expect(screen.getByText("Evil").closest("a")).toBeNull();
    expect(document.body.innerHTML).not.toContain("javascript:");
  });

  it.each([
    ["empty payload", {}],
    ["elements not an array", { elements: { title: "x" } }],
    ["junk elements", { elements: [null, 2, {}], displayLimit: -1 }],
    ["junk fields", { elements: [{ title: "A", button: "x", createdOn: {} }] }],
  ])("falls back without throwing on a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <ArticleTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });
});
