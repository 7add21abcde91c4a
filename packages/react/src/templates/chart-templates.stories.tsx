import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";

// The chart templates, from the simulator's demo payloads (each layout a variant), through
// `normalizeBotTurn`. "Show data" opens each chart's numbers as a table.
const template = (name: string) => botMessage([wireTemplate(demoTemplate(name))]);

const meta = {
  title: "Templates/Charts",
  component: BotTurn,
  args: { message: template("piechart"), onSend: fn() },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Pie: Story = {};
export const PieFromHistory: Story = { args: { message: fromHistory(template("piechart")) } };
export const Donut: Story = { args: { message: template("piechart-donut") } };
export const DonutLegend: Story = { args: { message: template("piechart-donut_legend") } };
export const BarVertical: Story = { args: { message: template("barchart") } };
export const BarHorizontal: Story = { args: { message: template("barchart-horizontal") } };
export const BarStacked: Story = { args: { message: template("barchart-stacked") } };
export const Line: Story = { args: { message: template("linechart") } };
export const LineFromHistory: Story = { args: { message: fromHistory(template("linechart")) } };

/** Negative, missing and non-numeric values are gaps (and "No data" in the table). */
export const LineWithBadValues: Story = {
  args: {
    message: botMessage([
      wireTemplate({
        template_type: "linechart",
        text: "Sensor readings (some lost)",
        X_axis: ["08:00", "09:00", "10:00", "11:00", "12:00", "13:00"],
        elements: [
          { title: "Sensor A", values: [12, 15, -1, 14, "n/a", 18] },
          { title: "Sensor B", values: [8, null, 9, 11, 10, 9.5] },
        ],
      }),
    ]),
  },
};

/** Nothing drawable: the template's text instead of an empty chart. */
export const PieWithNothingToDraw: Story = {
  args: {
    message: botMessage([
      wireTemplate({
        template_type: "piechart",
        text: "No expenses this month",
        elements: [{ title: "Airlines", value: "n/a" }],
      }),
    ]),
  },
};

export const PieRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { message: template("piechart-donut_legend") },
};
export const BarRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { message: template("barchart-horizontal") },
};
