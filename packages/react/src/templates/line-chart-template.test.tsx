import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LineChartTemplate } from "./line-chart-template.js";

afterEach(cleanup);

function part(payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType: "linechart", payload, fallbackText: "Visitors" };
}

describe("LineChartTemplate", () => {
  it("is an image named by its series and days, one line with markers per series", () => {
    const onSend = vi.fn();
    const { container } = render(
      <LineChartTemplate part={part(demoTemplates.linechart ?? {})} interactive onSend={onSend} />,
    );
    expect(screen.getByRole("img").getAttribute("aria-label")).toBe(
      "Line chart, Visitors per day: Series: Web, App. Categories: Mon, Tue, Wed, Thu, Fri.",
    );
    expect(container.querySelectorAll("polyline.kc-chart__line")).toHaveLength(2);
    expect(container.querySelectorAll("circle.kc-chart__marker")).toHaveLength(10);
    // Series differ by colour and by dash pattern (the legend swatch shows the line).
    expect(container.querySelectorAll(".kc-chart__swatch--line")).toHaveLength(2);
    expect(
      [...container.querySelectorAll("g.kc-chart__series")].map((group) => group.classList[1]),
    ).toEqual(["kc-chart-color-0", "kc-chart-color-1"]);
    const table = container.querySelector("details.kc-chart__data table");
    expect(table?.querySelector("tbody tr")?.textContent).toBe("Mon12080");
    expect(onSend).not.toHaveBeenCalled();
  });

  it("puts the top point at the top of the axis and 0 at the bottom", () => {
    const { container } = render(
      <LineChartTemplate
        part={part({ X_axis: ["a", "b"], elements: [{ title: "S", values: [0, 200] }] })}
        interactive
        onSend={vi.fn()}
      />,
    );
    const points = container.querySelector("polyline")?.getAttribute("points");
    expect(points).toBe("108,172 244,8");
  });

  it("breaks the line at a missing, negative or non-numeric value", () => {
    const { container } = render(
      <LineChartTemplate
        part={part({
          X_axis: ["a", "b", "c", "d", "e", "f"],
          elements: [{ title: "S", values: [1, 2, -5, 3, "n/a", 4] }],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    // [1, 2] is a line; 3 and 4 stand alone (markers only).
    expect(container.querySelectorAll("polyline")).toHaveLength(1);
    expect(container.querySelectorAll("circle.kc-chart__marker")).toHaveLength(4);
  });

  it.each([
    ["empty payload", {}],
    ["X_axis only", { X_axis: ["a", "b"] }],
    ["values not numbers", { elements: [{ title: "S", values: ["a", {}, []] }] }],
  ])("shows the text fallback with nothing to draw: %s", (_name, payload) => {
    const { container } = render(
      <LineChartTemplate part={part(payload)} interactive onSend={vi.fn()} />,
    );
    expect(screen.queryByRole("img")).toBeNull();
    expect(container.textContent).toBe("Visitors");
  });
});
