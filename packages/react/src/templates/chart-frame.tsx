import type { ReactElement, ReactNode } from "react";
import type { KoreChatStrings } from "../i18n/strings.js";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import type { SeriesChartData } from "./chart-data.js";

/** How many colours the chart palette has (`--kc-chart-1` … `--kc-chart-6`). */
export const chartColorCount = 6;

/** The palette class of the `index`-th slice or series. */
export function chartColorClass(index: number): string {
  return `kc-chart-color-${index % chartColorCount}`;
}

/** A row of a chart's data table: a header cell, then the values. */
export interface ChartTableRow {
  readonly key: string;
  readonly header: string;
  readonly cells: readonly string[];
}

/** One legend entry: its palette index and its text. */
export interface ChartLegendItem {
  readonly key: string;
  readonly color: number;
  readonly text: string;
}

export interface ChartFrameProps {
  /** `kc-chart--pie`, `kc-chart--bar`… */
  readonly className: string;
  /** The payload's `text`, shown as the figure's caption (light markup). */
  readonly caption: string | undefined;
  /** The image's accessible name: the kind of chart and a summary of its data. */
  readonly label: string;
  readonly viewBox: string;
  /** The SVG's shapes. */
  readonly children: ReactNode;
  readonly legend: readonly ChartLegendItem[];
  /** `line` swatches show the series' dash pattern. */
  readonly swatch?: "box" | "line";
  /** The data table's caption: the chart's text, or its kind. */
  readonly tableCaption: string;
  readonly tableHead: readonly string[];
  readonly tableRows: readonly ChartTableRow[];
}

/**
 * What every chart template shares: a `<figure>` with the payload's text as caption, the
 * SVG as `role="img"` named by `label`, a text legend, and a "Show data" disclosure with
 * the numbers as a real table, so the chart is understandable without seeing it.
 *
 * @example
 * <ChartFrame className="kc-chart--pie" caption="Expenses" label="Pie chart: …" viewBox="0 0 100 100"
 *   legend={legend} tableCaption="Expenses" tableHead={["Category", "Value"]} tableRows={rows}>{paths}</ChartFrame>
 */
export function ChartFrame({
  className,
  caption,
  label,
  viewBox,
  children,
  legend,
  swatch = "box",
  tableCaption,
  tableHead,
  tableRows,
}: ChartFrameProps): ReactElement {
  const strings = useStrings();
  return (
    <figure className={`kc-template kc-chart ${className}`}>
      {caption !== undefined && (
        <figcaption className="kc-template__text">
          <FormattedText text={caption} />
        </figcaption>
      )}
      <div className="kc-chart__body">
        <svg className="kc-chart__image" role="img" aria-label={label} viewBox={viewBox}>
          {children}
        </svg>
        <ul className="kc-chart__legend">
          {legend.map((item) => (
            <li key={item.key} className="kc-chart__legend-item">
              <span
                className={`kc-chart__swatch kc-chart__swatch--${swatch} ${chartColorClass(item.color)}`}
                aria-hidden="true"
              />
              {item.text}
            </li>
          ))}
        </ul>
      </div>
      <details className="kc-chart__data">
        <summary className="kc-chart__data-toggle">{strings.showData}</summary>
        <div className="kc-table-scroll">
          <table className="kc-table">
            <caption className="kc-visually-hidden">{tableCaption}</caption>
            <thead>
              <tr>
                {tableHead.map((header, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; they never reorder.
                  <th key={index} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {tableRows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.header}</th>
                  {row.cells.map((cell, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional; they never reorder.
                    <td key={index}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/**
 * The accessible name, legend and data table of a bar or line chart: the kind, the caption,
 * the series and the categories; one table row per category, one column per series.
 *
 * @example
 * <ChartFrame {...seriesFrameProps(data, strings.barChart, caption, strings)} className="kc-chart--bar" viewBox={box}>…</ChartFrame>
 */
export function seriesFrameProps(
  data: SeriesChartData,
  kind: string,
  caption: string | undefined,
  strings: KoreChatStrings,
): Pick<ChartFrameProps, "label" | "legend" | "tableCaption" | "tableHead" | "tableRows"> {
  const summary = strings.chartSeriesSummary(
    data.series.map((series) => series.title).join(", "),
    data.categories.join(", "),
  );
  return {
    label: `${kind}${caption === undefined ? "" : `, ${caption}`}: ${summary}`,
    legend: data.series.map((series, index) => ({
      key: series.key,
      color: index,
      text: series.title,
    })),
    tableCaption: caption ?? kind,
    tableHead: [strings.chartCategory, ...data.series.map((series) => series.title)],
    tableRows: data.categories.map((category, index) => ({
      key: `row-${index}`,
      header: category,
      cells: data.series.map((series) => series.points[index]?.label ?? strings.noData),
    })),
  };
}
