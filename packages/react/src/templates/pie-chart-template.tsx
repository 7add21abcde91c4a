import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { readPieChart } from "./chart-data.js";
import { ChartFrame, chartColorClass } from "./chart-frame.js";
import { FallbackTemplate } from "./fallback-template.js";
import { numberFormat } from "./intl-format.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

const center = 50;
const radius = 48;
const donutHole = 0.58;

function coordinate(value: number): string {
  return String(Math.round(value * 100) / 100);
}

// A point at `angle` (radians, clockwise from 12 o'clock) on the circle of radius `r`.
function pointAt(r: number, angle: number): string {
  return `${coordinate(center + r * Math.sin(angle))} ${coordinate(center - r * Math.cos(angle))}`;
}

/**
 * The path of a slice from `start` to `end` (radians); `inner` > 0 cuts a donut's hole. A
 * whole circle stops a hair short, since an arc cannot end where it starts.
 */
export function slicePath(start: number, end: number, outer: number, inner: number): string {
  const sweep = Math.min(end - start, 2 * Math.PI - 1e-4);
  const large = sweep > Math.PI ? 1 : 0;
  const stop = start + sweep;
  const outerArc = `A${outer} ${outer} 0 ${large} 1 ${pointAt(outer, stop)}`;
  if (inner <= 0) return `M${center} ${center}L${pointAt(outer, start)}${outerArc}Z`;
  const innerArc = `A${inner} ${inner} 0 ${large} 0 ${pointAt(inner, start)}`;
  return `M${pointAt(outer, start)}${outerArc}L${pointAt(inner, stop)}${innerArc}Z`;
}

/**
 * `piechart`: `pie_type` `regular` (a pie), `donut` or `donut_legend` (a ring, its legend
 * beside it), from `elements[{ title, value, displayValue }]`. The SVG is an image named
 * by every slice with its value and share; the legend is text; "Show data" opens a table.
 * Slices with a missing, negative or non-numeric value are left out; with nothing left to
 * draw, the template's text is shown instead.
 *
 * @example
 * <PieChartTemplate part={part} interactive onSend={send} />
 */
export function PieChartTemplate(props: TemplateViewProps): ReactElement {
  const { part } = props;
  const strings = useStrings();
  const numbers = numberFormat(strings.formatLocale, { maximumFractionDigits: 2 });
  const { pieType, slices, total } = readPieChart(part.payload, (value) => numbers.format(value));
  if (!(total > 0) || !Number.isFinite(total)) return <FallbackTemplate {...props} />;
  const percent = numberFormat(strings.formatLocale, { style: "percent" });
  const share = (value: number) => percent.format(value / total);
  const donut = pieType !== "regular";
  const kind = donut ? strings.donutChart : strings.pieChart;
  const caption = stringField(part.payload, "text");
  const described = slices.map((slice) => `${slice.title}: ${slice.label} (${share(slice.value)})`);
  let angle = 0;
  return (
    <ChartFrame
      className={`kc-chart--pie kc-chart--${pieType.replace("_", "-")}`}
      caption={caption}
      label={`${kind}${caption === undefined ? "" : `, ${caption}`}: ${described.join("; ")}`}
      viewBox="0 0 100 100"
      legend={slices.map((slice, index) => ({
        key: slice.key,
        color: index,
        text: described[index] ?? slice.title,
      }))}
      tableCaption={caption ?? kind}
      tableHead={[strings.chartCategory, strings.chartValue, strings.chartShare]}
      tableRows={slices.map((slice) => ({
        key: slice.key,
        header: slice.title,
        cells: [slice.label, share(slice.value)],
      }))}
    >
      {slices.map((slice, index) => {
        const start = angle;
        angle += (slice.value / total) * 2 * Math.PI;
        if (slice.value === 0) return null;
        return (
          <path
            key={slice.key}
            className={`kc-chart__slice ${chartColorClass(index)}`}
            d={slicePath(start, angle, radius, donut ? radius * donutHole : 0)}
          />
        );
      })}
    </ChartFrame>
  );
}
