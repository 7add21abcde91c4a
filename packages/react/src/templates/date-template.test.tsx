import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { germanStrings } from "../i18n/german-strings.js";
import { StringsContext } from "../i18n/strings-context.js";
import { DateTemplate, readDateBounds } from "./date-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "dateTemplate", payload, fallbackText: "Pick a date" };
}

const demo = demoTemplates.dateTemplate ?? {};

function pick(value: string) {
  fireEvent.change(screen.getByLabelText("Select a date"), { target: { value } });
  fireEvent.click(screen.getByRole("button", { name: "Confirm" }));
}

describe("DateTemplate", () => {
  it("a labelled native date input bounded by startDate/endDate; Confirm sends the date in `format`", () => {
    const onSend = vi.fn();
    render(<MessagePartView part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByText("When would you like to travel?")).toBeTruthy();
    const input = screen.getByLabelText<HTMLInputElement>("Select a date");
    expect(input.type).toBe("date");
    expect(input.min).toBe("2025-01-01");
    expect(input.max).toBe("2027-12-31");
    const confirm = screen.getByRole<HTMLButtonElement>("button", { name: "Confirm" });
    expect(confirm.disabled).toBe(true);
    pick("2025-03-05");
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "03-05-2025",
      renderMsg: "Mar 5, 2025",
    });
    // Sent once: read-only from now on.
    expect(input.disabled).toBe(true);
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it("is read-only from history", () => {
    const onSend = vi.fn();
    render(<DateTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    const input = screen.getByLabelText<HTMLInputElement>("Select a date");
    expect(input.disabled).toBe(true);
    fireEvent.change(input, { target: { value: "2025-03-05" } });
    const confirm = screen.getByRole<HTMLButtonElement>("button", { name: "Confirm" });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(confirm.closest("form") as HTMLFormElement);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("sends nothing for a date outside the bounds", () => {
    const onSend = vi.fn();
    render(<DateTemplate part={part(demo)} interactive onSend={onSend} />);
    pick("2024-12-31");
    pick("2028-01-01");
    expect(onSend).not.toHaveBeenCalled();
  });

  it("defaults to the SDK's DD-MM-YYYY, no bounds and the catalogue's label and language", () => {
    const onSend = vi.fn();
    render(
      <StringsContext.Provider value={germanStrings}>
        <DateTemplate
          part={part({ format: "MMM D", startDate: "yesterday", endDate: 5 })}
          interactive
          onSend={onSend}
        />
      </StringsContext.Provider>,
    );
    const input = screen.getByLabelText<HTMLInputElement>("Datum");
    expect(input.hasAttribute("min")).toBe(false);
    expect(input.hasAttribute("max")).toBe(false);
    fireEvent.change(input, { target: { value: "2026-11-09" } });
    fireEvent.click(screen.getByRole("button", { name: "Bestätigen" }));
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "09-11-2026",
      renderMsg: "09.11.2026",
    });
  });

  it.each([
    ["empty payload", {}],
    ["junk fields", { title: { html: "<b>" }, text_message: ["x"], format: null, startDate: {} }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const onSend = vi.fn();
    render(<DateTemplate part={part(payload)} interactive onSend={onSend} />);
    fireEvent.change(screen.getByLabelText("Date"), { target: { value: "2025-01-02" } });
    fireEvent.click(screen.getByRole("button", { name: "Confirm" }));
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "02-01-2025",
      renderMsg: "Jan 2, 2025",
    });
  });

  it("drops bounds that exclude every date", () => {
    expect(
      readDateBounds({ format: "MM-DD-YYYY", startDate: "12-31-2027", endDate: "01-01-2025" }),
    ).toEqual({ format: "MM-DD-YYYY", min: undefined, max: undefined });
  });
});
