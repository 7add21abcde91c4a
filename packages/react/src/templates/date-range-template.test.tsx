import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DateRangeTemplate } from "./date-range-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "daterange", payload, fallbackText: "Pick dates" };
}

const demo = demoTemplates.daterange ?? {};

function pick(start: string, end: string) {
  fireEvent.change(screen.getByLabelText("Start date"), { target: { value: start } });
  fireEvent.change(screen.getByLabelText("End date"), { target: { value: end } });
  fireEvent.click(screen.getByRole("button", { name: "Confirm" }));
}

describe("DateRangeTemplate", () => {
  it("two labelled date inputs in a group named by the title; sends 'start to end' in `format`", () => {
    const onSend = vi.fn();
    render(<MessagePartView part={part(demo)} interactive onSend={onSend} />);
    expect(screen.getByRole("group", { name: "Select a date range" })).toBeTruthy();
    const start = screen.getByLabelText<HTMLInputElement>("Start date");
    const end = screen.getByLabelText<HTMLInputElement>("End date");
    expect([start.type, start.min, start.max]).toEqual(["date", "2025-01-01", "2027-12-31"]);
    fireEvent.change(start, { target: { value: "2025-03-05" } });
    // The end cannot be before the start.
    expect(end.min).toBe("2025-03-05");
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Confirm" }).disabled).toBe(true);
    fireEvent.change(end, { target: { value: "2025-03-09" } });
    fireEvent.click(screen.getByRole("button", { name: "Confirm" }));
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "03-05-2025 to 03-09-2025",
      renderMsg: "Mar 5, 2025 to Mar 9, 2025",
    });
    expect(start.disabled && end.disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Confirm" }));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it("uses the payload's delimiter when it has one", () => {
    const onSend = vi.fn();
    render(
      <DateRangeTemplate
        part={part({ ...demo, format: "YYYY-MM-DD", delimiter: "-" })}
        interactive
        onSend={onSend}
      />,
    );
    pick("2025-03-05", "2025-03-05");
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "2025-03-05 - 2025-03-05",
      renderMsg: "Mar 5, 2025 to Mar 5, 2025",
    });
  });

  it("sends nothing for an end before the start or a date out of bounds", () => {
    const onSend = vi.fn();
    render(<DateRangeTemplate part={part(demo)} interactive onSend={onSend} />);
    pick("2025-03-09", "2025-03-05");
    pick("2024-03-09", "2025-03-05");
    pick("2025-03-09", "2030-03-05");
    expect(onSend).not.toHaveBeenCalled();
  });

  it("is read-only from history", () => {
    const onSend = vi.fn();
    render(<DateRangeTemplate part={part(demo)} interactive={false} onSend={onSend} />);
    expect(screen.getByLabelText<HTMLInputElement>("Start date").disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("End date").disabled).toBe(true);
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Confirm" }).disabled).toBe(true);
    pick("2025-03-05", "2025-03-09");
    expect(onSend).not.toHaveBeenCalled();
  });

  it("survives a payload of junk, with default labels and format", () => {
    const onSend = vi.fn();
    render(
      <DateRangeTemplate
        part={part({ title: null, format: 42, delimiter: {}, startDate: [] })}
        interactive
        onSend={onSend}
      />,
    );
    expect(screen.queryByRole("group", { name: /./ })).toBeNull();
    pick("2025-03-05", "2025-03-09");
    expect(onSend).toHaveBeenCalledWith({
      answersTemplate: true,
      body: "05-03-2025 to 09-03-2025",
      renderMsg: "Mar 5, 2025 to Mar 9, 2025",
    });
  });
});
