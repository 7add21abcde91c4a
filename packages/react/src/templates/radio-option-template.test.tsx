import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RadioOptionTemplate } from "./radio-option-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "radioOptionTemplate", payload, fallbackText: "fb" };
}

const demo = demoTemplates.radioOptionTemplate ?? {};

describe("RadioOptionTemplate", () => {
  it("sends the chosen option's value, showing its title", () => {
    const onSend = vi.fn();
    render(<RadioOptionTemplate part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByRole("group", { name: "Choose a plan" })).toBeTruthy();
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: "Submit" });
    expect(submit.disabled).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Basic" }));
    fireEvent.click(screen.getByRole("radio", { name: "Plus" }));
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Basic" }).checked).toBe(false);
    fireEvent.click(submit);
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "plus", renderMsg: "Plus" });
    expect(submit.disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Premium" }).disabled).toBe(true);
  });

  it("reads the value from postback, then value, then title", () => {
    const onSend = vi.fn();
    render(
      <RadioOptionTemplate
        part={part({
          heading: "H",
          radioOptions: [
            { title: "A", value: "a", postback: { value: "pa" } },
            { title: "B", value: "b" },
            { title: "C" },
            { postback: { title: "D", value: "d" } },
          ],
        })}
        interactive
        onSend={onSend}
      />,
    );
    const values = ["A", "B", "C", "D"].map(
      (name) => screen.getByRole<HTMLInputElement>("radio", { name }).value,
    );
    expect(values).toEqual(["pa", "b", "C", "d"]);
  });

  it("is read-only from history", () => {
    render(<RadioOptionTemplate part={part(demo)} interactive={false} onSend={vi.fn()} />);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Basic" }).disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Submit" }).disabled).toBe(true);
  });

  it.each([
    ["empty payload", {}],
    ["junk", { heading: [], radioOptions: "x" }],
    ["junk options", { radioOptions: [null, 1, {}, { postback: "x" }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <RadioOptionTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).toContain("fb");
  });
});
