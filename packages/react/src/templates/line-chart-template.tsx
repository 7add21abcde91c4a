import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { CategoryAxis, type PlotBox, ValueAxis } from "./chart-axes.js";
import { type ChartSeries, readSeriesChart, seriesMaximum, valueScale } from "./chart-data.js";
import { ChartFrame, chartColorClass, seriesFrameProps } from "./chart-frame.js";
import { FallbackTemplate } from "./fallback-template.js";
import { numberFormat } from "./intl-format.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

const box: PlotBox = { left: 40, top: 8, width: 272, height: 164 };

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * A series' points in `box` as runs of consecutive valid points (`x,y x,y`): a missing
 * value breaks the line rather than dropping it to 0.
 */
export function lineRuns(
  series: ChartSeries,
  count: number,
  top: number,
): { x: number; y: number }[][] {
  const band = box.width / Math.max(count, 1);
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  series.points.forEach((point, index) => {
    if (point === undefined) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    run.push({
      x: round(box.left + band * (index + 0.5)),
      y: round(box.top + box.height * (1 - point.value / top)),
    });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * `linechart`: `X_axis[]` categories and `elements[{ title, values[], displayValues[] }]`,
 * one line per series with a marker on each point; each series has its own colour and
 * dash pattern, so lines differ without colour too. The SVG is an image named by its
 * series and categories; the legend is text; "Show data" opens the numbers as a table.
 * Missing, negative or non-numeric values are gaps in the line; with nothing to draw, the
 * template's text is shown instead.
 *
 * @example
 * <LineChartTemplate part={part} interactive onSend={send} />
 */
export function LineChartTemplate(props: TemplateViewProps): ReactElement {
  const { part } = props;
  const strings = useStrings();
  const numbers = numberFormat(strings.formatLocale, { maximumFractionDigits: 2 });
  const data = readSeriesChart(part.payload, (value) => numbers.format(value));
  if (data.series.length === 0) return <FallbackTemplate {...props} />;
  const { top, ticks } = valueScale(seriesMaximum(data, false));
  const compact = numberFormat(strings.formatLocale, {
    notation: "compact",
    maximumFractionDigits: 2,
  });
  const caption = stringField(part.payload, "text");
  const count = data.categories.length;
  return (
    <ChartFrame
      {...seriesFrameProps(data, strings.lineChart, caption, strings)}
      className="kc-chart--line"
      caption={caption}
      viewBox={`0 0 320 ${box.top + box.height + 28}`}
      swatch="line"
    >
      <ValueAxis
        box={box}
        ticks={ticks}
        top={top}
        direction="vertical"
        format={(value) => compact.format(value)}
      />
      <CategoryAxis box={box} categories={data.categories} direction="vertical" />
      {data.series.map((series, index) => (
        <g key={series.key} className={`kc-chart__series ${chartColorClass(index)}`}>
          {lineRuns(series, count, top).map((run) => (
            <g key={`${run[0]?.x}`}>
              {run.length > 1 && (
                <polyline
                  className="kc-chart__line"
                  points={run.map((point) => `${point.x},${point.y}`).join(" ")}
                />
              )}
              {run.map((point) => (
                <circle
                  key={point.x}
                  className="kc-chart__marker"
                  cx={point.x}
                  cy={point.y}
                  r={3.5}
                />
              ))}
            </g>
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}
