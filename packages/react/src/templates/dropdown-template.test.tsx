import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DropdownTemplate } from "./dropdown-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "dropdown_template", payload, fallbackText: "fallback" };
}

const demo = demoTemplates.dropdown_template ?? {};

describe("DropdownTemplate", () => {
  it("labels the select with the heading and sends the chosen value", () => {
    const onSend = vi.fn();
    render(
      <MessagePartView
        part={part(demo)}
        interactive
        onSend={onSend}
        registry={{ dropdown_template: DropdownTemplate }}
      />,
    );
    const select = screen.getByRole<HTMLSelectElement>("combobox", { name: "please select :" });
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Australian Dollar",
      "Euro",
      "Japanese Yen",
    ]);
    fireEvent.change(select, { target: { value: "1" } });
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: "Submit" });
    fireEvent.click(submit);
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "EUR", renderMsg: "Euro" });
    // Sent once: the template disables itself.
    expect(submit.disabled).toBe(true);
    expect(select.disabled).toBe(true);
    fireEvent.click(submit);
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it("sends the first option when left unchanged", () => {
    const onSend = vi.fn();
    render(<DropdownTemplate part={part(demo)} interactive onSend={onSend} />);
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "AUD",
      renderMsg: "Australian Dollar",
    });
  });

  it("is read-only from history", () => {
    const onSend = vi.fn();
    render(<DropdownTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    expect(screen.getByRole<HTMLSelectElement>("combobox").disabled).toBe(true);
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: "Submit" });
    expect(submit.disabled).toBe(true);
    fireEvent.click(submit);
    expect(onSend).not.toHaveBeenCalled();
  });

  it.each([
    ["empty payload", {}],
    ["elements not an array", { heading: "h", elements: "x" }],
    ["junk elements", { heading: 3, elements: [null, 1, {}, { title: "No value" }, { value: 7 }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const onSend = vi.fn();
    const { container } = render(
      <DropdownTemplate part={part(payload)} interactive onSend={onSend} />,
    );
    expect(container.textContent).not.toBe("");
    const submit = screen.getByRole<HTMLButtonElement>("button", { name: "Submit" });
    fireEvent.click(submit);
    for (const [send] of onSend.mock.calls)
      expect(send).toEqual({ body: "7", renderMsg: "7", answersTemplate: true });
  });

  it("disables submit when there is nothing to choose, showing the fallback text", () => {
    render(<DropdownTemplate part={part({ elements: [] })} interactive onSend={vi.fn()} />);
    expect(screen.getByText("fallback")).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Submit" }).disabled).toBe(true);
  });
});
