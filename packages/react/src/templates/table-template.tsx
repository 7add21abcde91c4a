import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { arrayField, isRecord, stringField, textValue } from "./read-fields.js";
import { TableBody, type TableRow } from "./table-body.js";
import { readCell, type TableCell } from "./table-cell.js";
import type { TemplateViewProps } from "./template-types.js";

function readRows(raw: readonly unknown[], columns: readonly TableCell[]): TableRow[] {
  const rows: TableRow[] = [];
  raw.forEach((element, rowIndex) => {
    const values = arrayField(element, "Values");
    if (!isRecord(element) || values.length === 0) return;
    const width = Math.max(columns.length, values.length);
    rows.push({
      key: `row-${rowIndex}`,
      cells: Array.from({ length: width }, (_, column) => ({
        key: `cell-${rowIndex}-${column}`,
        text: textValue(values[column]) ?? "",
        align: columns[column]?.align,
      })),
    });
  });
  return rows;
}

/**
 * `table`: a real `<table>`; `columns[i] = [header, align?]`, `elements[].Values[]`
 * (capital V). `text` is the caption.
 *
 * @example
 * <TableTemplate part={part} interactive={false} onSend={send} />
 */
export function TableTemplate({ part }: TemplateViewProps): ReactElement {
  const text = stringField(part.payload, "text");
  const columns = arrayField(part.payload, "columns").map((column, index) =>
    readCell(column, `column-${index}`),
  );
  const rows = readRows(arrayField(part.payload, "elements"), columns);
  const hasCellText =
    columns.some((column) => column.text !== "") ||
    rows.some((row) => row.cells.some((cell) => cell.text !== ""));
  if (!hasCellText && text === undefined) {
    return (
      <div className="kc-template kc-template__text">
        <FormattedText text={part.fallbackText} />
      </div>
    );
  }
  return (
    <div className="kc-template kc-table-template">
      <div className="kc-table-scroll">
        <table className="kc-table">
          {text !== undefined && <caption className="kc-table__caption">{text}</caption>}
          {columns.length > 0 && (
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.key} scope="col" className={column.align}>
                    {column.text}
                  </th>
                ))}
              </tr>
            </thead>
          )}
          <TableBody rows={rows} />
        </table>
      </div>
    </div>
  );
}
