import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";
import { AdvancedListTemplate } from "./advanced-list-template.js";
import { ArticleTemplate } from "./article-template.js";
import { CardTemplate } from "./card-template.js";
import { CheckListTemplate } from "./check-list-template.js";

// The official SDK's newer templates, from the simulator's demo payloads: live and from history.
const template = (name: string) => botMessage([wireTemplate(demoTemplate(name))]);
const registry = {
  cardTemplate: CardTemplate,
  advancedListTemplate: AdvancedListTemplate,
  articleTemplate: ArticleTemplate,
  checkListTemplate: CheckListTemplate,
};

const meta = {
  title: "Templates/SDK",
  component: BotTurn,
  args: { message: template("cardTemplate"), onSend: fn(), registry },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Card: Story = {};
export const CardFromHistory: Story = { args: { message: fromHistory(template("cardTemplate")) } };
export const AdvancedList: Story = { args: { message: template("advancedListTemplate") } };
export const AdvancedListFromHistory: Story = {
  args: { message: fromHistory(template("advancedListTemplate")) },
};
export const AdvancedListRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { message: template("advancedListTemplate") },
};
export const Article: Story = { args: { message: template("articleTemplate") } };
export const ArticleFromHistory: Story = {
  args: { message: fromHistory(template("articleTemplate")) },
};
export const CheckList: Story = { args: { message: template("checkListTemplate") } };
export const CheckListFromHistory: Story = {
  args: { message: fromHistory(template("checkListTemplate")) },
};
