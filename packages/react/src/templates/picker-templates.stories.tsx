import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";

// The date, date range and time pickers, from the simulator's demo payloads: live (Confirm
// sends the value in the payload's `format`) and from history (read-only).
const template = (name: string) => botMessage([wireTemplate(demoTemplate(name))]);

const meta = {
  title: "Templates/Pickers",
  component: BotTurn,
  args: { message: template("dateTemplate"), onSend: fn() },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const DatePicker: Story = {};
export const DateFromHistory: Story = { args: { message: fromHistory(template("dateTemplate")) } };
export const DateRange: Story = { args: { message: template("daterange") } };
export const DateRangeFromHistory: Story = {
  args: { message: fromHistory(template("daterange")) },
};
export const Clock: Story = { args: { message: template("clockTemplate") } };
export const ClockFromHistory: Story = {
  args: { message: fromHistory(template("clockTemplate")) },
};
export const DateRangeRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { message: template("daterange") },
};
