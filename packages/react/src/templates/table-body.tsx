import type { ReactElement } from "react";
import type { TableCell } from "./table-cell.js";

export interface TableRow {
  readonly key: string;
  readonly cells: readonly TableCell[];
}

/**
 * The `<tbody>` of the table templates: one `<tr>` per row, cells aligned by their class.
 *
 * @example
 * <table><TableBody rows={rows} /></table>
 */
export function TableBody({ rows }: { readonly rows: readonly TableRow[] }): ReactElement {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.key}>
          {row.cells.map((cell) => (
            <td key={cell.key} className={cell.align}>
              {cell.text}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
