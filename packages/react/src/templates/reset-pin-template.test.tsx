import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ResetPinTemplate } from "./reset-pin-template.js";

afterEach(cleanup);

const demo = demoTemplates.resetPinTemplate ?? {};

function draw(payload: Readonly<Record<string, unknown>> = demo, interactive = true) {
  const onSend = vi.fn();
  const part: TemplatePart = {
    kind: "template",
    templateType: "resetPinTemplate",
    payload,
    fallbackText: "Reset PIN",
  };
  render(<ResetPinTemplate part={part} interactive={interactive} onSend={onSend} />);
  return onSend;
}

function fill(
  first: string,
  second: string,
  labels = ["Enter your new PIN", "Re-enter your new PIN"],
) {
  const inputs = labels.map((label) => screen.getByLabelText<HTMLInputElement>(label));
  fireEvent.change(inputs[0] as HTMLInputElement, { target: { value: first } });
  fireEvent.change(inputs[1] as HTMLInputElement, { target: { value: second } });
  return inputs as [HTMLInputElement, HTMLInputElement];
}

describe("ResetPinTemplate", () => {
  it("has a title and two labelled, masked fields of pinLength digits", () => {
    draw();
    expect(screen.getByText("Reset your card PIN")).toBeTruthy();
    const inputs = fill("", "");
    for (const input of inputs) {
      expect(input.type).toBe("password");
      expect(input.maxLength).toBe(4);
      expect(input.getAttribute("inputmode")).toBe("numeric");
    }
    fireEvent.click(screen.getByRole("checkbox", { name: "Show digits" }));
    expect(inputs.map((input) => input.type)).toEqual(["text", "text"]);
  });

  it("announces a mismatch on the repeated field and sends nothing", () => {
    const onSend = draw();
    const [first, second] = fill("1234", "1243");
    fireEvent.click(screen.getByRole("button", { name: "Reset PIN" }));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toBe("The two PINs don't match");
    expect(second.getAttribute("aria-invalid")).toBe("true");
    expect(second.getAttribute("aria-describedby")).toBe(alert.id);
    expect(first.getAttribute("aria-invalid")).toBeNull();
    expect(document.activeElement).toBe(second);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("asks for exactly pinLength digits on the first field first", () => {
    const onSend = draw();
    const [first] = fill("12", "12");
    fireEvent.submit(first.form as HTMLFormElement);
    expect(screen.getByRole("alert").textContent).toBe("Enter exactly 4 digits");
    expect(first.getAttribute("aria-invalid")).toBe("true");
    expect(onSend).not.toHaveBeenCalled();
  });

  it("sends a matching PIN as a secret, masked, once; then is read-only", () => {
    const onSend = draw();
    const [first, second] = fill("0420", "0420");
    fireEvent.click(screen.getByRole("button", { name: "Reset PIN" }));
    expect(onSend).toHaveBeenCalledWith({
      body: "#0420#",
      renderMsg: "••••",
      sensitive: true,
      answersTemplate: true,
    });
    expect(screen.queryByRole("alert")).toBeNull();
    expect([first.value, second.value]).toEqual(["", ""]);
    expect(first.disabled && second.disabled).toBe(true);
  });

  it("is read-only from history", () => {
    const onSend = draw(demo, false);
    const [first] = fill("1111", "1111");
    expect(first.disabled).toBe(true);
    fireEvent.submit(first.form as HTMLFormElement);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("falls back to its own texts when the payload has none", () => {
    const onSend = draw({ template_type: "resetPinTemplate", resetButtons: [null] });
    expect(screen.getByText("Reset PIN")).toBeTruthy();
    fill("1234", "4321", ["New PIN", "Repeat the new PIN"]);
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(screen.getByRole("alert").textContent).toBe("The PINs don't match");
    expect(onSend).not.toHaveBeenCalled();
  });
});
