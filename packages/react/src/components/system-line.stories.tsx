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

/** A host's own system text. */
export const AgentJoined: Story = {};

const systemNotice = systemMessage("");

export const AgentJoinedNotice: Story = {
  args: { message: { ...systemNotice, notice: { kind: "agent_joined", name: "Maya Lopez" } } },
};

export const AgentLeft: Story = {
  args: { message: { ...systemNotice, notice: { kind: "agent_left", name: "Maya Lopez" } } },
};

/** After "End conversation": a separator line. */
export const ConversationEnded: Story = {
  args: { message: { ...systemNotice, notice: { kind: "conversation_ended" } } },
};
