import { demoTemplates } from "@kore-chat/simulator";
import type { TemplatePart } from "@kore-chat/store";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MiniTableTemplate } from "./mini-table-template.js";
import { TableTemplate } from "./table-template.js";

afterEach(cleanup);

function part(templateType: string, payload: Readonly<Record<string, unknown>>): TemplatePart {
  return { kind: "template", templateType, payload, fallbackText: "fallback" };
}

describe("TableTemplate", () => {
  const demo = demoTemplates.table ?? { template_type: "table" };

  it("renders a real table with column headers, caption and aligned cells", () => {
    render(<TableTemplate part={part("table", demo)} interactive onSend={vi.fn()} />);
    const table = screen.getByRole("table", { name: "Account details" });
    const headers = screen.getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual([
      "Sl",
      "Name",
      "Designation",
      "Salary",
    ]);
    for (const header of headers) expect(header.getAttribute("scope")).toBe("col");
    expect(headers[0]?.className).toBe("kc-align-center");
    expect(headers[3]?.className).toBe("kc-align-end");
    const rows = table.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(3);
    const salary = rows[0]?.querySelectorAll("td")[3];
    expect(salary?.textContent).toBe("1000");
    expect(salary?.className).toBe("kc-align-end");
    expect(screen.getByRole("cell", { name: "Sam" })).toBeTruthy();
  });

  it("pads short rows and keeps extra cells", () => {
    const { container } = render(
      <TableTemplate
        part={part("table", {
          columns: [["A"], ["B"]],
          elements: [{ Values: ["1"] }, { Values: ["1", "2", "3"] }],
        })}
        interactive
        onSend={vi.fn()}
      />,
    );
    const rows = container.querySelectorAll("tbody tr");
    expect(rows[0]?.querySelectorAll("td")).toHaveLength(2);
    expect(rows[1]?.querySelectorAll("td")).toHaveLength(3);
  });

  it.each([
    ["nothing", {}],
    ["columns a string", { columns: "x", elements: [{ Values: [1] }] }],
    ["lower-case values and nulls", { columns: [null, [2, 3]], elements: [null, { values: [1] }] }],
    [
      "objects in cells",
      { columns: [[{ a: 1 }]], elements: [{ Values: [{ b: 2 }, null, Number.NaN] }] },
    ],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <TableTemplate part={part("table", payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
    expect(container.textContent).not.toContain("[object Object]");
  });
});

describe("MiniTableTemplate", () => {
  const demo = demoTemplates.mini_table ?? { template_type: "mini_table" };

  it("renders one table per element: primary as header, additional as rows", () => {
    const { container } = render(
      <MiniTableTemplate part={part("mini_table", demo)} interactive onSend={vi.fn()} />,
    );
    expect(screen.getByText("Account details")).toBeTruthy();
    const tables = screen.getAllByRole("table");
    expect(tables).toHaveLength(2);
    const headers = screen.getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual([
      "Current Accounts",
      "300",
      "Savings Accounts",
      "1200",
    ]);
    expect(headers[1]?.className).toBe("kc-align-end");
    expect(tables[0]?.querySelectorAll("tbody tr")).toHaveLength(3);
    expect(tables[0]?.querySelectorAll("tbody tr td")[1]?.className).toBe("kc-align-end");
    expect(container.querySelector(".kc-mini-tables--horizontal")).not.toBeNull();
  });

  it.each([
    ["nothing", {}],
    ["elements null", { text: "T", elements: null }],
    ["junk rows", { elements: [null, { primary: "x", additional: [null, "row", [1, { a: 1 }]] }] }],
  ])("survives a malformed payload: %s", (_name, payload) => {
    const { container } = render(
      <MiniTableTemplate part={part("mini_table", payload)} interactive onSend={vi.fn()} />,
    );
    expect(container.textContent).not.toBe("");
    expect(container.textContent).not.toContain("[object Object]");
  });
});
