import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CheckListTemplate } from "./check-list-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return {
    kind: "template",
    templateType: "checkListTemplate",
    payload,
    fallbackText: "Checklist",
  };
}

const demo = demoTemplates.checkListTemplate ?? {};

function regionOf(toggle: HTMLElement): HTMLElement {
  const region = document.getElementById(toggle.getAttribute("aria-controls") ?? "");
  if (region === null) throw new Error("no region");
  return region;
}

describe("CheckListTemplate", () => {
  it("shows each task with a progress bar named by its title, and its details", () => {
    render(<MessagePartView part={part(demo)} interactive onSend={vi.fn()} />);
    expect(screen.getByText("Your onboarding")).toBeTruthy();
    const bars = screen.getAllByRole("progressbar");
    expect(bars.map((bar) => bar.getAttribute("value"))).toEqual(["100", "40", "0"]);
    const [account] = bars;
    if (account === undefined) throw new Error("no bar");
    const label = document.getElementById(account.getAttribute("aria-labelledby") ?? "");
    expect(label?.textContent).toBe("Set up your account");
    expect(screen.getByText("40%").getAttribute("aria-hidden")).toBe("true");
    const due = [...document.querySelectorAll(".kc-pairs__row")][0];
    expect([due?.querySelector("dt")?.textContent, due?.querySelector("dd")?.textContent]).toEqual([
      "Due",
      "2 June",
    ]);
  });

  it("shows a task's steps behind a disclosure described by the task", () => {
    render(<CheckListTemplate part={part(demo)} interactive onSend={vi.fn()} />);
    const [accountSteps, profileSteps] = screen.getAllByRole("button", { name: "2 steps" });
    if (accountSteps === undefined || profileSteps === undefined) throw new Error("no steps");
    expect(accountSteps.getAttribute("aria-expanded")).toBe("false");
    const description = document.getElementById(
      accountSteps.getAttribute("aria-describedby") ?? "",
    );
    expect(description?.textContent).toBe("Set up your account");
    expect(regionOf(accountSteps).hidden).toBe(true);
    fireEvent.click(accountSteps);
    expect(accountSteps.getAttribute("aria-expanded")).toBe("true");
    expect(within(regionOf(accountSteps)).getByText("Choose a password")).toBeTruthy();
  });

  it("sends a task's or step's default_action, showing the action's title", () => {
    const onSend = vi.fn();
    render(<CheckListTemplate part={part(demo)} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Complete your profile" }));
    expect(onSend).toHaveBeenLastCalledWith({
      body: "show form_template",
      renderMsg: "Complete my profile",
    });
    const [, profileSteps] = screen.getAllByRole("button", { name: "2 steps" });
    if (profileSteps === undefined) throw new Error("no steps");
    fireEvent.click(profileSteps);
    fireEvent.click(screen.getByRole("button", { name: "Pick your team" }));
    expect(onSend).toHaveBeenLastCalledWith({
      body: "show dropdown_template",
      renderMsg: "Pick my team",
    });
    expect(screen.getByRole("link", { name: "How to" }).getAttribute("href")).toBe(
      "https://example.com/kore-chat-demo/help/photo",
    );
    expect(screen.getByRole("link", { name: "Take the product tour" }).getAttribute("href")).toBe(
      "https://example.com/kore-chat-demo/tour",
    );
  });

  it("is read-only from history: actions disabled, steps still open", () => {
    const onSend = vi.fn();
    render(<CheckListTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const profile = screen.getByRole<HTMLButtonElement>("button", {
      name: "Complete your profile",
    });
    expect(profile.disabled).toBe(true);
    fireEvent.click(profile);
    expect(onSend).not.toHaveBeenCalled();
    const [steps] = screen.getAllByRole<HTMLButtonElement>("button", { name: "2 steps" });
    expect(steps?.disabled).toBe(false);
  });

  it("never links an unsafe URL, and clamps progress to 0–100", () => {
    render(
      <CheckListTemplate
        part={part({
          elements: [
            {
              title: "Evil",
              taskProgress: "250%",
              default_action: { type: "url", url: "javascript:alert(1)" },
              subElements: [
                { title: "Step", values: [{ title: "x", icon: "javascript:alert(2)" }] },
              ],
            },
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(screen.getByRole("progressbar").getAttribute("value")).toBe("100");
    expect(screen.queryByRole("link")).toBeNull();
    expect(document.body.innerHTML).not.toContain("javascript:");
  });

  it.each([
    ["empty payload", {}],
    ["elements not an array", { title: "T", elements: "x" }],
    ["junk elements", { elements: [null, 1, {}, { id: "x" }] }],
    [
      "junk fields",
      {
        elements: [
          {
            title: "A",
            taskProgress: "lots",
            subInformation: "x",
            subElements: [null, { title: 3, rightContent: 1, values: {} }],
            default_action: [],
          },
        ],
      },
    ],
  ])("falls back without throwing on a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <CheckListTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
  });
});
