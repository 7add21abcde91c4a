import type { ReactElement } from "react";

/** The plot area inside a chart's viewBox. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Values grow upwards (`vertical`: columns, lines) or towards the end (`horizontal` bars). */
export type ValueDirection = "vertical" | "horizontal";

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `text` cut to `length` characters with an ellipsis (the full text is in the data table). */
export function shortLabel(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join("")}…`;
}

export interface ValueAxisProps {
  readonly box: PlotBox;
  readonly ticks: readonly number[];
  readonly top: number;
  readonly direction: ValueDirection;
  readonly format: (value: number) => string;
}

/** Grid lines at each tick with the tick's value beside (vertical) or under (horizontal) them. */
export function ValueAxis({ box, ticks, top, direction, format }: ValueAxisProps): ReactElement {
  return (
    <g className="kc-chart__axis">
      {ticks.map((tick) => {
        const share = tick / top;
        if (direction === "vertical") {
          const y = round(box.top + box.height * (1 - share));
          return (
            <g key={tick}>
              <line
                className="kc-chart__grid"
                x1={box.left}
                x2={box.left + box.width}
                y1={y}
                y2={y}
              />
              <text className="kc-chart__tick kc-chart__tick--start" x={box.left - 4} y={y}>
                {format(tick)}
              </text>
            </g>
          );
        }
        const x = round(box.left + box.width * share);
        return (
          <g key={tick}>
            <line className="kc-chart__grid" x1={x} x2={x} y1={box.top} y2={box.top + box.height} />
            <text
              className="kc-chart__tick kc-chart__tick--under"
              x={x}
              y={box.top + box.height + 12}
            >
              {format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export interface CategoryAxisProps {
  readonly box: PlotBox;
  readonly categories: readonly string[];
  readonly direction: ValueDirection;
}

/**
 * The category names, one per band: under the plot (vertical; at most about 8 shown, the
 * others skipped so they never overlap) or before it (horizontal bars), shortened.
 */
export function CategoryAxis({ box, categories, direction }: CategoryAxisProps): ReactElement {
  const count = Math.max(categories.length, 1);
  const every = direction === "vertical" ? Math.ceil(count / 8) : 1;
  return (
    <g className="kc-chart__axis">
      {categories.map((category, index) => {
        if (index % every !== 0) return null;
        if (direction === "vertical") {
          const band = box.width / count;
          return (
            <text
              // biome-ignore lint/suspicious/noArrayIndexKey: categories may repeat; they never reorder.
              key={index}
              className="kc-chart__tick kc-chart__tick--under"
              x={round(box.left + band * (index + 0.5))}
              y={box.top + box.height + 14}
            >
              {shortLabel(category, Math.max(4, Math.floor((band * every) / 7)))}
            </text>
          );
        }
        const band = box.height / count;
        return (
          <text
            // biome-ignore lint/suspicious/noArrayIndexKey: categories may repeat; they never reorder.
            key={index}
            className="kc-chart__tick kc-chart__tick--start"
            x={box.left - 6}
            y={round(box.top + band * (index + 0.5))}
          >
            {shortLabel(category, 12)}
          </text>
        );
      })}
    </g>
  );
}
