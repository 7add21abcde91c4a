import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";

// Each built-in template, from the simulator's demo payload (the exact wire shape a bot
// sends) through `normalizeBotTurn`: live (its controls send) and from history (read-only).
const template = (name: string) => botMessage([wireTemplate(demoTemplate(name))]);

const meta = {
  title: "Templates/Built-in",
  component: BotTurn,
  args: { message: template("button"), onSend: fn() },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Button: Story = {};
export const ButtonFromHistory: Story = { args: { message: fromHistory(template("button")) } };

export const QuickReplies: Story = { args: { message: template("quick_replies") } };
export const QuickRepliesFromHistory: Story = {
  args: { message: fromHistory(template("quick_replies")) },
};

export const Carousel: Story = { args: { message: template("carousel") } };
export const CarouselFromHistory: Story = { args: { message: fromHistory(template("carousel")) } };

export const List: Story = { args: { message: template("list") } };
export const ListFromHistory: Story = { args: { message: fromHistory(template("list")) } };

export const Table: Story = { args: { message: template("table") } };
export const TableFromHistory: Story = { args: { message: fromHistory(template("table")) } };

export const MiniTable: Story = { args: { message: template("mini_table") } };
export const MiniTableFromHistory: Story = {
  args: { message: fromHistory(template("mini_table")) },
};

export const ButtonRightToLeft: Story = { globals: { direction: "rtl" } };
export const CarouselRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { message: template("carousel") },
};
