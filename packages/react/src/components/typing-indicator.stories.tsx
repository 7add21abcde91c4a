import type { Meta, StoryObj } from "@storybook/react-vite";
import { TypingIndicator } from "./typing-indicator.js";

const meta = {
  title: "Components/TypingIndicator",
  component: TypingIndicator,
} satisfies Meta<typeof TypingIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A live agent typing: their name, visible. */
export const Agent: Story = { args: { who: "agent", agentName: "Maya Lopez" } };
