import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FormTemplate } from "./form-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "form_template", payload, fallbackText: "A form" };
}

const demo = demoTemplates.form_template ?? {};

describe("FormTemplate", () => {
  it("sends a password, masked in the user's bubble", () => {
    const onSend = vi.fn();
    render(<FormTemplate part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByText("Please fill the form")).toBeTruthy();
    const input = screen.getByLabelText<HTMLInputElement>("Enter Password");
    expect(input.type).toBe("password");
    expect(input.placeholder).toBe("Enter password");
    const ok = screen.getByRole<HTMLButtonElement>("button", { name: "Ok" });
    expect(ok.disabled).toBe(true);
    fireEvent.change(input, { target: { value: "s3cr€t" } });
    fireEvent.click(ok);
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "s3cr€t",
      renderMsg: "••••••",
      sensitive: true,
    });
    expect(ok.disabled).toBe(true);
    expect(input.disabled).toBe(true);
  });

  it("sends a text field as typed", () => {
    const onSend = vi.fn();
    render(
      <FormTemplate
        part={part({ formFields: [{ type: "text", label: "Name", fieldButton: { title: "Go" } }] })}
        interactive
        onSend={onSend}
      />,
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Name" }), { target: { value: "Ann" } });
    fireEvent.click(screen.getByRole("button", { name: "Go" }));
    expect(onSend).toHaveBeenCalledWith({ answersTemplate: true, body: "Ann", renderMsg: "Ann" });
  });

  it("is read-only from history", () => {
    render(<FormTemplate part={part(demo)} interactive={false} onSend={vi.fn()} />);
    expect(screen.getByLabelText<HTMLInputElement>("Enter Password").disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Ok" }).disabled).toBe(true);
  });

  it.each([
    ["empty payload", {}],
    ["junk", { heading: 1, formFields: "x" }],
    ["junk fields", { formFields: [null, 2, { type: "file", fieldButton: "x" }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <FormTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
    for (const input of container.querySelectorAll("input")) expect(input.type).toBe("text");
  });
});
