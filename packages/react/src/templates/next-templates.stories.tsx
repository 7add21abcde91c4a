import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";
import { DropdownTemplate } from "./dropdown-template.js";
import { FeedbackTemplate } from "./feedback-template.js";
import { FormTemplate } from "./form-template.js";
import { ListViewTemplate } from "./list-view-template.js";
import { LiveAgentTemplate } from "./live-agent-template.js";
import { MultiSelectTemplate } from "./multi-select-template.js";
import { RadioOptionTemplate } from "./radio-option-template.js";

// The "should render next" templates, from the simulator's demo payloads: live and from history.
const template = (name: string) => botMessage([wireTemplate(demoTemplate(name))]);
const registry = {
  dropdown_template: DropdownTemplate,
  multi_select: MultiSelectTemplate,
  radioOptionTemplate: RadioOptionTemplate,
  feedbackTemplate: FeedbackTemplate,
  form_template: FormTemplate,
  listView: ListViewTemplate,
  live_agent: LiveAgentTemplate,
};

const meta = {
  title: "Templates/Next",
  component: BotTurn,
  args: { message: template("dropdown_template"), onSend: fn(), registry },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Dropdown: Story = {};
export const DropdownFromHistory: Story = {
  args: { message: fromHistory(template("dropdown_template")) },
};
export const MultiSelect: Story = { args: { message: template("multi_select") } };
export const MultiSelectFromHistory: Story = {
  args: { message: fromHistory(template("multi_select")) },
};
export const RadioOption: Story = { args: { message: template("radioOptionTemplate") } };
export const FeedbackStar: Story = { args: { message: template("feedbackTemplate") } };
export const FeedbackStarFromHistory: Story = {
  args: { message: fromHistory(template("feedbackTemplate")) },
};
export const FeedbackCsat: Story = { args: { message: template("feedbackTemplate-csat") } };
export const FeedbackNps: Story = { args: { message: template("feedbackTemplate-nps") } };
export const FeedbackThumbs: Story = { args: { message: template("feedbackTemplate-thumbs") } };
export const FeedbackStarRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { message: template("feedbackTemplate") },
};
export const Form: Story = { args: { message: template("form_template") } };
export const FormFromHistory: Story = { args: { message: fromHistory(template("form_template")) } };
export const ListView: Story = { args: { message: template("listView") } };
export const ListViewFromHistory: Story = {
  args: { message: fromHistory(template("listView")) },
};
/** `live_agent`, with the agent's name the store keeps from the frame's `author`. */
export const LiveAgent: Story = {
  args: {
    message: botMessage([wireTemplate(demoTemplate("live_agent"))], {
      author: "agent",
      authorName: "Alex Agent",
    }),
  },
};
