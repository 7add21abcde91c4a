import type { ReactElement } from "react";
import type { UnknownRecord } from "./read-fields.js";
import { stringField } from "./read-fields.js";
import { TemplateIcon } from "./template-icon.js";

/**
 * `title` / value rows as a description list (a checklist's `subInformation`, an advanced
 * list's table): `valueField` names the value. Rows with neither are skipped.
 *
 * @example
 * <DetailPairs rows={[{ title: "Due", value: "2 June" }]} valueField="value" />
 */
export function DetailPairs({
  rows,
  valueField,
}: {
  readonly rows: readonly UnknownRecord[];
  readonly valueField: string;
}): ReactElement | null {
  const shown = rows.filter(
    (row) => stringField(row, "title") !== undefined || stringField(row, valueField) !== undefined,
  );
  if (shown.length === 0) return null;
  return (
    <dl className="kc-pairs">
      {shown.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of one payload never reorder.
        <div key={index} className="kc-pairs__row">
          <dt>
            <TemplateIcon source={row} />
            {stringField(row, "title")}
          </dt>
          <dd>{stringField(row, valueField)}</dd>
        </div>
      ))}
    </dl>
  );
}
