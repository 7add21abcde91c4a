import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { CategoryAxis, type PlotBox, ValueAxis } from "./chart-axes.js";
import {
  readBarLayout,
  readSeriesChart,
  type SeriesChartData,
  seriesMaximum,
  valueScale,
} from "./chart-data.js";
import { ChartFrame, chartColorClass, seriesFrameProps } from "./chart-frame.js";
import { FallbackTemplate } from "./fallback-template.js";
import { numberFormat } from "./intl-format.js";
import { stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

const width = 320;

interface Bar {
  readonly key: string;
  readonly color: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The rectangles of a bar chart in `box`: per category a band, its bars side by side
 * (grouped) or on top of each other (stacked); gaps where a point is missing.
 */
export function layOutBars(
  data: SeriesChartData,
  box: PlotBox,
  top: number,
  options: { readonly horizontal: boolean; readonly stacked: boolean },
): Bar[] {
  const { horizontal, stacked } = options;
  const count = Math.max(data.categories.length, 1);
  const band = (horizontal ? box.height : box.width) / count;
  const thickness = (band * 0.7) / (stacked ? 1 : Math.max(data.series.length, 1));
  const valueLength = horizontal ? box.width : box.height;
  const bars: Bar[] = [];
  data.categories.forEach((_, index) => {
    let below = 0;
    data.series.forEach((series, position) => {
      const value = series.points[index]?.value;
      if (value === undefined || value === 0) return;
      const start = (below / top) * valueLength;
      const length = (value / top) * valueLength;
      if (stacked) below += value;
      const across = band * index + band * 0.15 + (stacked ? 0 : position * thickness);
      bars.push({
        key: `${series.key}-${index}`,
        color: position,
        x: round(horizontal ? box.left + start : box.left + across),
        y: round(horizontal ? box.top + across : box.top + box.height - start - length),
        width: round(horizontal ? length : thickness),
        height: round(horizontal ? thickness : length),
      });
    });
  });
  return bars;
}

/**
 * `barchart`: `X_axis[]` categories and `elements[{ title, values[], displayValues[] }]`
 * series, as columns (`direction: "vertical"`, the default) or bars (`"horizontal"`),
 * grouped or `stacked`. The SVG is an image named by its series and categories; the legend
 * is text; "Show data" opens the numbers as a table. Missing, negative or non-numeric
 * values are gaps; with nothing to draw, the template's text is shown instead.
 *
 * @example
 * <BarChartTemplate part={part} interactive onSend={send} />
 */
export function BarChartTemplate(props: TemplateViewProps): ReactElement {
  const { part } = props;
  const strings = useStrings();
  const numbers = numberFormat(strings.formatLocale, { maximumFractionDigits: 2 });
  const data = readSeriesChart(part.payload, (value) => numbers.format(value));
  if (data.series.length === 0) return <FallbackTemplate {...props} />;
  const layout = readBarLayout(part.payload);
  const { top, ticks } = valueScale(seriesMaximum(data, layout.stacked));
  const compact = numberFormat(strings.formatLocale, {
    notation: "compact",
    maximumFractionDigits: 2,
  });
  const count = data.categories.length;
  const band = layout.stacked ? 18 : data.series.length * 10 + 8;
  const box: PlotBox = layout.horizontal
    ? { left: 84, top: 6, width: width - 84 - 14, height: count * band }
    : { left: 40, top: 8, width: width - 40 - 8, height: 164 };
  const height = box.top + box.height + (layout.horizontal ? 20 : 28);
  const direction = layout.horizontal ? "horizontal" : "vertical";
  const caption = stringField(part.payload, "text");
  return (
    <ChartFrame
      {...seriesFrameProps(data, strings.barChart, caption, strings)}
      className={`kc-chart--bar kc-chart--${direction}`}
      caption={caption}
      viewBox={`0 0 ${width} ${height}`}
    >
      <ValueAxis
        box={box}
        ticks={ticks}
        top={top}
        direction={direction}
        format={(value) => compact.format(value)}
      />
      <CategoryAxis
        box={box}
        categories={data.categories}
        direction={layout.horizontal ? "horizontal" : "vertical"}
      />
      {layOutBars(data, box, top, layout).map((bar) => (
        <rect
          key={bar.key}
          className={`kc-chart__bar ${chartColorClass(bar.color)}`}
          x={bar.x}
          y={bar.y}
          width={bar.width}
          height={bar.height}
        />
      ))}
    </ChartFrame>
  );
}
