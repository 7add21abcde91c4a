import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { arrayField, isRecord, stringField } from "./read-fields.js";
import { TableBody, type TableRow } from "./table-body.js";
import { readCell, type TableCell } from "./table-cell.js";
import type { TemplateViewProps } from "./template-types.js";

interface MiniTable {
  readonly key: string;
  readonly header: readonly TableCell[];
  readonly rows: readonly TableRow[];
}

function readMiniTables(raw: readonly unknown[]): MiniTable[] {
  const tables: MiniTable[] = [];
  raw.forEach((element, tableIndex) => {
    if (!isRecord(element)) return;
    const key = `table-${tableIndex}`;
    const header = arrayField(element, "primary").map((cell, index) =>
      readCell(cell, `${key}-head-${index}`),
    );
    const rows = arrayField(element, "additional").flatMap((row, rowIndex) => {
      if (!Array.isArray(row)) return [];
      const values: readonly unknown[] = row;
      const width = Math.max(header.length, values.length);
      return [
        {
          key: `${key}-row-${rowIndex}`,
          cells: Array.from({ length: width }, (_, column) => ({
            ...readCell([values[column]], `${key}-cell-${rowIndex}-${column}`),
            // The header row sets each column's alignment.
            align: header[column]?.align,
          })),
        },
      ];
    });
    const hasText =
      header.some((cell) => cell.text !== "") ||
      rows.some((row) => row.cells.some((cell) => cell.text !== ""));
    if (hasText) tables.push({ key, header, rows });
  });
  return tables;
}

/**
 * `mini_table`: one small table per `elements[]` entry; `primary` is its header row
 * (`[text, align?]` cells), `additional` its rows. `layout` `horizontal` puts the tables
 * side by side (scrollable), otherwise they stack.
 *
 * @example
 * <MiniTableTemplate part={part} interactive={false} onSend={send} />
 */
export function MiniTableTemplate({ part }: TemplateViewProps): ReactElement {
  const text = stringField(part.payload, "text");
  const horizontal = stringField(part.payload, "layout") === "horizontal";
  const tables = readMiniTables(arrayField(part.payload, "elements"));
  return (
    <div className="kc-template kc-mini-table-template">
      {(text !== undefined || tables.length === 0) && (
        <div className="kc-template__text">
          <FormattedText text={text ?? part.fallbackText} />
        </div>
      )}
      {tables.length > 0 && (
        <div
          className={horizontal ? "kc-mini-tables kc-mini-tables--horizontal" : "kc-mini-tables"}
        >
          {tables.map((table) => (
            <table key={table.key} className="kc-table kc-mini-table">
              {table.header.length > 0 && (
                <thead>
                  <tr>
                    {table.header.map((cell) => (
                      <th key={cell.key} scope="col" className={cell.align}>
                        {cell.text}
                      </th>
                    ))}
                  </tr>
                </thead>
              )}
              <TableBody rows={table.rows} />
            </table>
          ))}
        </div>
      )}
    </div>
  );
}
