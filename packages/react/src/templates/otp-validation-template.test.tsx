import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OtpValidationTemplate } from "./otp-validation-template.js";

afterEach(cleanup);

const demo = demoTemplates.otpValidationTemplate ?? {};

function draw(
  payload: Readonly<Record<string, unknown>> = demo,
  props: { interactive?: boolean; answered?: boolean } = {},
) {
  const onSend = vi.fn();
  const part: TemplatePart = {
    kind: "template",
    templateType: "otpValidationTemplate",
    payload,
    fallbackText: "Enter the code",
  };
  render(
    <OtpValidationTemplate
      part={part}
      interactive={props.interactive ?? true}
      answered={props.answered}
      onSend={onSend}
    />,
  );
  const input = screen.getByLabelText<HTMLInputElement>(
    typeof payload.title === "string" ? payload.title : "Enter the code",
  );
  return { onSend, input };
}

const type = (input: HTMLInputElement, value: string) =>
  fireEvent.change(input, { target: { value } });

describe("OtpValidationTemplate", () => {
  it("is one labelled, masked, numeric one-time-code field of pinLength, described by the payload", () => {
    const { input } = draw();
    expect(input.type).toBe("password");
    expect(input.getAttribute("inputmode")).toBe("numeric");
    expect(input.getAttribute("autocomplete")).toBe("one-time-code");
    expect(input.maxLength).toBe(6);
    const hint = document.getElementById(input.getAttribute("aria-describedby") ?? "");
    expect(hint?.textContent).toBe("We sent a 6-digit code by text message to:+1 ******0147");
    fireEvent.click(screen.getByRole("checkbox", { name: "Show digits" }));
    expect(input.type).toBe("text");
  });

  it("sends the code as a secret wrapped in piiReductionChar, its bubble masked, once", () => {
    const { onSend, input } = draw();
    type(input, "123456");
    const verify = screen.getByRole<HTMLButtonElement>("button", { name: "Verify" });
    fireEvent.click(verify);
    expect(onSend).toHaveBeenCalledWith({
      body: "#123456#",
      renderMsg: "••••••",
      sensitive: true,
      answersTemplate: true,
    });
    expect(input.value).toBe("");
    expect(input.disabled).toBe(true);
    expect(verify.disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Resend code" }).disabled).toBe(
      true,
    );
    fireEvent.submit(input.form as HTMLFormElement);
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it("refuses anything but exactly pinLength digits, with an alert linked to the field", () => {
    const { onSend, input } = draw();
    for (const wrong of ["12345", "12a456", ""]) {
      type(input, wrong);
      fireEvent.submit(input.form as HTMLFormElement);
      const alert = screen.getByRole("alert");
      expect(alert.textContent).toBe("Enter exactly 6 digits");
      expect(input.getAttribute("aria-invalid")).toBe("true");
      expect(input.getAttribute("aria-describedby")?.split(" ")).toContain(alert.id);
      expect(document.activeElement).toBe(input);
    }
    expect(onSend).not.toHaveBeenCalled();
    expect(input.disabled).toBe(false);
  });

  it("reads Arabic-Indic and full-width digits as 0–9", () => {
    const { onSend, input } = draw();
    type(input, "١٢٣４５６");
    fireEvent.submit(input.form as HTMLFormElement);
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ body: "#123456#" }));
  });

  it("resend sends its payload (not a secret) and answers the template", () => {
    const { onSend, input } = draw();
    expect(screen.getByText(/Didn't get it\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Resend code" }));
    expect(onSend).toHaveBeenCalledWith({
      body: "resend otp",
      renderMsg: "Resend code",
      answersTemplate: true,
    });
    expect(input.disabled).toBe(true);
  });

  it.each([
    ["from history", { interactive: false }],
    ["answered", { answered: true }],
  ])("is read-only %s", (_, props) => {
    const { onSend, input } = draw(demo, props);
    expect(input.disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Verify" }).disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>("checkbox").disabled).toBe(true);
    fireEvent.submit(input.form as HTMLFormElement);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("survives a malformed payload: 4 digits, default texts, no resend", () => {
    const { onSend, input } = draw({
      template_type: "otpValidationTemplate",
      pinLength: "lots",
      otpButtons: "nope",
      title: null,
    });
    expect(input.maxLength).toBe(4);
    expect(screen.queryByRole("button", { name: "Resend code" })).toBeNull();
    type(input, "0042");
    fireEvent.click(screen.getByRole("button", { name: "Submit" }));
    expect(onSend).toHaveBeenCalledWith(
      expect.objectContaining({ body: "0042", renderMsg: "••••" }),
    );
  });

  it("finds the buttons by position when they carry no type (as the SDK does)", () => {
    const { onSend } = draw({
      template_type: "otpValidationTemplate",
      otpButtons: [{ title: "Go" }, { title: "Again", payload: "again" }],
    });
    fireEvent.click(screen.getByRole("button", { name: "Again" }));
    expect(onSend).toHaveBeenCalledWith({
      body: "again",
      renderMsg: "Again",
      answersTemplate: true,
    });
    expect(screen.getByRole("button", { name: "Go" })).toBeTruthy();
  });
});
