import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { arabicStrings } from "../i18n/arabic-strings.js";
import { StringsContext } from "../i18n/strings-context.js";
import { ClockTemplate } from "./clock-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "clockTemplate", payload, fallbackText: "Pick a time" };
}

const demo = demoTemplates.clockTemplate ?? {};

describe("ClockTemplate", () => {
  it("a labelled native time input; Confirm sends hh:mm AA, the bubble shows the local time", () => {
    const onSend = vi.fn();
    render(<MessagePartView part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByText("When should we call you?")).toBeTruthy();
    const input = screen.getByLabelText<HTMLInputElement>("Select a time");
    expect(input.type).toBe("time");
    const confirm = screen.getByRole<HTMLButtonElement>("button", { name: "Confirm" });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(input, { target: { value: "14:30" } });
    fireEvent.click(confirm);
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "02:30 PM",
      renderMsg: "2:30 PM",
    });
    expect(input.disabled).toBe(true);
    expect(confirm.disabled).toBe(true);
  });

  it("is read-only from history", () => {
    const onSend = vi.fn();
    render(<ClockTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const input = screen.getByLabelText<HTMLInputElement>("Select a time");
    expect(input.disabled).toBe(true);
    fireEvent.change(input, { target: { value: "09:00" } });
    fireEvent.submit(input.closest("form") as HTMLFormElement);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("labels itself from the catalogue when the payload has no title", () => {
    const onSend = vi.fn();
    render(
      <StringsContext.Provider value={arabicStrings}>
        <ClockTemplate part={part({ title: ["x"] })} interactive onSend={onSend} />
      </StringsContext.Provider>,
    );
    fireEvent.change(screen.getByLabelText("الوقت"), { target: { value: "09:05" } });
    fireEvent.click(screen.getByRole("button", { name: "تأكيد" }));
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "09:05 AM",
      renderMsg: expect.any(String),
    });
  });
});
