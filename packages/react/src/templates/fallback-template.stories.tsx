import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";
import { builtInTemplates } from "./built-in-templates.js";
import type { TemplateRegistry } from "./template-types.js";

// Templates no renderer knows show their `text` / `heading` / `title` as formatted text.
const meta = {
  title: "Templates/Fallback",
  component: BotTurn,
  args: {
    message: botMessage([
      wireTemplate({
        template_type: "some_future_template",
        text: "Your *appointment* is confirmed for Monday at 10:00.",
        elements: [{ id: 1 }],
      }),
    ]),
    onSend: fn(),
  },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const UnknownTemplate: Story = {};

/** Seen in the wild, not built yet: `dropdown_template` shows its `heading`. */
export const DropdownTemplate: Story = {
  args: { message: botMessage([wireTemplate(demoTemplate("dropdown_template"))]) },
};

export const FeedbackTemplate: Story = {
  args: { message: fromHistory(botMessage([wireTemplate(demoTemplate("feedbackTemplate"))])) },
};

export const ListWidget: Story = {
  args: { message: botMessage([wireTemplate(demoTemplate("listWidget"))]) },
};

/** A template with no text at all still shows something, never a blank bubble. */
export const NoText: Story = {
  args: { message: botMessage([wireTemplate({ template_type: "mystery" })]) },
};

function BrokenRenderer(): never {
  throw new Error("This renderer is broken on purpose");
}
const brokenRegistry: TemplateRegistry = { ...builtInTemplates, button: BrokenRenderer };

/** A host renderer that throws: the error boundary shows the template's fallback text. */
export const RendererThrows: Story = {
  args: {
    message: botMessage([wireTemplate(demoTemplate("button"))]),
    registry: brokenRegistry,
  },
};
