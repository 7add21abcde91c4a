import type { Meta, StoryObj } from "@storybook/react-vite";
import { systemMessage } from "../testing/story-messages.js";
import { SystemLine } from "./system-line.js";

const meta = {
  title: "Components/SystemLine",
  component: SystemLine,
  args: { message: systemMessage("Alex from support joined the conversation") },
} satisfies Meta<typeof SystemLine>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AgentJoined: Story = {};
