import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BarChartTemplate } from "./bar-chart-template.js";
import { MessagePartView } from "./message-part-view.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "barchart", payload, fallbackText: "Sales" };
}

const demo = (name: string) => demoTemplates[name] ?? {};

function bars(container: HTMLElement) {
  return [...container.querySelectorAll("rect.kc-chart__bar")].map((rect) => ({
    color: [...rect.classList].find((name) => name.startsWith("kc-chart-color-")),
    x: Number(rect.getAttribute("x")),
    y: Number(rect.getAttribute("y")),
    width: Number(rect.getAttribute("width")),
    height: Number(rect.getAttribute("height")),
  }));
}

function tableRows(container: HTMLElement): (string | null)[][] {
  const table = container.querySelector<HTMLTableElement>("details.kc-chart__data table");
  if (table === null) throw new Error("no data table");
  return [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent));
}

describe("BarChartTemplate", () => {
  it("is an image named by its series and categories, with a legend and a data table", () => {
    const onSend = vi.fn();
    const { container } = render(
      <MessagePartView part={part(demo("barchart"))} interactive onSend={onSend} />,
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Bar chart, Sales by quarter: Series: 2024, 2025. Categories: Q1, Q2, Q3, Q4.",
    );
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "2024",
      "2025",
    ]);
    expect(tableRows(container)).toEqual([
      ["Category", "2024", "2025"],
      ["Q1", "$10k", "$20k"],
      ["Q2", "$25k", "$30k"],
      ["Q3", "$40k", "$35k"],
      ["Q4", "$30k", "$45k"],
    ]);
    expect(onSend).not.toHaveBeenCalled();
  });

  it("vertical, grouped: columns side by side, as tall as their value on a 0–50 axis", () => {
    const { container } = render(
      <BarChartTemplate part={part(demo("barchart"))} interactive onSend={vi.fn()} />,
    );
    const drawn = bars(container);
    expect(drawn).toHaveLength(8);
    const [q1a, q1b] = drawn;
    expect(q1a?.color).toBe("kc-chart-color-0");
    expect(q1b?.color).toBe("kc-chart-color-1");
    expect(q1b?.x).toBeCloseTo((q1a?.x ?? 0) + (q1a?.width ?? 0));
    // 10 and 20 of 50, on a 164 high plot; both stand on the same baseline.
    expect(q1a?.height).toBeCloseTo(32.8);
    expect(q1b?.height).toBeCloseTo(65.6);
    expect((q1a?.y ?? 0) + (q1a?.height ?? 0)).toBeCloseTo((q1b?.y ?? 0) + (q1b?.height ?? 0));
    const ticks = [...container.querySelectorAll(".kc-chart__tick")].map((t) => t.textContent);
    expect(ticks).toEqual(expect.arrayContaining(["0", "50", "Q1", "Q4"]));
  });

  it("stacked: one column per category, the second series on top of the first", () => {
    const { container } = render(
      <BarChartTemplate part={part(demo("barchart-stacked"))} interactive onSend={vi.fn()} />,
    );
    const [q1a, q1b] = bars(container);
    expect(q1b?.x).toBe(q1a?.x);
    expect((q1b?.y ?? 0) + (q1b?.height ?? 0)).toBeCloseTo(q1a?.y ?? 0);
  });

  it("horizontal: bars grow from the start, as long as their value", () => {
    const { container } = render(
      <BarChartTemplate part={part(demo("barchart-horizontal"))} interactive onSend={vi.fn()} />,
    );
    expect(container.querySelector(".kc-chart--horizontal")).not.toBeNull();
    const drawn = bars(container);
    expect(new Set(drawn.map((bar) => bar.x))).toEqual(new Set([84]));
    const [q1a, q1b] = drawn;
    expect((q1b?.width ?? 0) / (q1a?.width ?? 1)).toBeCloseTo(2);
    expect(q1b?.y).toBeGreaterThan(q1a?.y ?? 0);
  });

  it("leaves a gap for a missing, negative or non-numeric value and says so in the table", () => {
    const { container } = render(
      <BarChartTemplate
        part={part({
          X_axis: ["a", "b", "c", "d"],
          elements: [{ title: "S", values: [3, -1, "x", null], displayValues: ["three"] }],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(bars(container)).toHaveLength(1);
    expect(tableRows(container).slice(1)).toEqual([
      ["a", "three"],
      ["b", "No data"],
      ["c", "No data"],
      ["d", "No data"],
    ]);
  });

  it.each([
    ["empty payload", {}],
    ["elements not an array", { X_axis: ["a"], elements: { values: [1] } }],
    ["only bad values", { X_axis: ["a"], elements: [{ values: [-1, "NaN"] }, null] }],
  ])("shows the text fallback with nothing to draw: %s", (_name, payload) => {
    const { container } = render(
      <BarChartTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.textContent).toBe("Sales");
  });

  it("draws nothing outside its box for huge and tiny values", () => {
    const { container } = render(
      <BarChartTemplate
        part={part({ elements: [{ values: [1e300, 1e-300, 0] }] })}
        interactive
        onSend={vi.fn()}
      />,
    );
    for (const bar of bars(container)) {
      expect(Number.isFinite(bar.height)).toBe(true);
      expect(bar.height).toBeLessThanOrEqual(164);
    }
  });
});
