import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { germanStrings } from "../i18n/german-strings.js";
import { StringsContext } from "../i18n/strings-context.js";
import { MessagePartView } from "./message-part-view.js";
import { PieChartTemplate, slicePath } from "./pie-chart-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "piechart", payload, fallbackText: "Expenses" };
}

const demo = (name: string) => demoTemplates[name] ?? {};

function dataTable(container: HTMLElement): HTMLTableElement {
  const table = container.querySelector<HTMLTableElement>("details.kc-chart__data table");
  if (table === null) throw new Error("no data table");
  return table;
}

const rows = (table: HTMLTableElement) =>
  [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent));

describe("PieChartTemplate", () => {
  it("is an image named by every slice, with a text legend and a data table", () => {
    const onSend = vi.fn();
    const { container } = render(
      <MessagePartView part={part(demo("piechart"))} interactive onSend={onSend} />,
    );
    const image = screen.getByRole("img");
    expect(image.tagName.toLowerCase()).toBe("svg");
    expect(image.getAttribute("aria-label")).toBe(
      "Pie chart, Travelling expenses report chart: Airlines: $ 1,264 (59%); Hotels: $ 568 (26%); Food: $ 324 (15%)",
    );
    expect(container.querySelector("figcaption")?.textContent).toBe(
      "Travelling expenses report chart",
    );
    expect(container.querySelectorAll("path.kc-chart__slice")).toHaveLength(3);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Airlines: $ 1,264 (59%)",
      "Hotels: $ 568 (26%)",
      "Food: $ 324 (15%)",
    ]);
    const summary = container.querySelector("details > summary");
    expect(summary?.textContent).toBe("Show data");
    const table = dataTable(container);
    expect(within(table).getAllByRole("columnheader", { hidden: true })).toHaveLength(3);
    expect(rows(table)).toEqual([
      ["Category", "Value", "Share"],
      ["Airlines", "$ 1,264", "59%"],
      ["Hotels", "$ 568", "26%"],
      ["Food", "$ 324", "15%"],
    ]);
    expect(table.caption?.textContent).toBe("Travelling expenses report chart");
    expect(onSend).not.toHaveBeenCalled();
  });

  it("draws a donut with a hole, its legend beside it for donut_legend", () => {
    const { container } = render(
      <PieChartTemplate part={part(demo("piechart-donut_legend"))} interactive onSend={vi.fn()} />,
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/^Donut chart, /);
    expect(container.querySelector(".kc-chart--donut-legend")).not.toBeNull();
    // A ring: each slice has two arcs (outer, inner).
    for (const path of container.querySelectorAll("path.kc-chart__slice")) {
      expect(path.getAttribute("d")?.match(/A/g)).toHaveLength(2);
    }
  });

  it("skips missing, negative and non-numeric values, and keeps a 0 in the table only", () => {
    const { container } = render(
      <PieChartTemplate
        part={part({
          elements: [
            { title: "Good", value: 3 },
            { title: "Negative", value: -3 },
            { title: "Text", value: "lots" },
            { title: "NaN", value: Number.NaN },
            { title: "Zero", value: "0" },
            null,
          ],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    expect(container.querySelectorAll("path.kc-chart__slice")).toHaveLength(1);
    expect(rows(dataTable(container)).map((row) => row[0])).toEqual(["Category", "Good", "Zero"]);
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Pie chart: Good: 3 (100%); Zero: 0 (0%)",
    );
  });

  it.each([
    ["no elements", {}],
    ["elements not an array", { elements: "1,2" }],
    ["only bad values", { elements: [{ title: "a", value: -1 }, { title: "b" }] }],
    ["only zeros", { elements: [{ title: "a", value: 0 }] }],
  ])("shows the text fallback with nothing to draw: %s", (_name, payload) => {
    const { container } = render(
      <PieChartTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.textContent).toBe("Expenses");
  });

  it("speaks the catalogue's language and number format", () => {
    render(
      <StringsContext.Provider value={germanStrings}>
        <PieChartTemplate
          part={part({
            elements: [
              { title: "A", value: 1234.5 },
              { title: "B", value: 0.5 },
            ],
          })}
          interactive
          onSend={vi.fn()}
        />
      </StringsContext.Provider>,
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      // Intl puts a no-break space before German's %.
      "Kreisdiagramm: A: 1.234,5 (100\u00a0%); B: 0,5 (0\u00a0%)",
    );
  });

  it("draws a single slice as an (almost) whole circle", () => {
    const d = slicePath(0, 2 * Math.PI, 48, 0);
    expect(d).toMatch(/^M50 50L50 2A48 48 0 1 1 /);
  });
});
