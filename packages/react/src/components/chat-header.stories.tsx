import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { storyAvatar } from "../testing/story-messages.js";
import { ChatHeader } from "./chat-header.js";

const meta = {
  title: "Components/ChatHeader",
  component: ChatHeader,
  args: { title: "Support", onEndConversation: fn(), onEndAgentChat: fn() },
} satisfies Meta<typeof ChatHeader>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Bot: Story = {};

/** A live agent took over: name, "Live agent", picture; the menu can end the agent chat. */
export const LiveAgent: Story = {
  args: { agent: { connected: true, name: "Maya Lopez", avatar: storyAvatar } },
};

/** Offline: the menu's actions are disabled. */
export const Offline: Story = { args: { actionsDisabled: true } };

/** Every button: Larger window (pressed), Minimise, Close, and the menu with Download transcript. */
export const AllButtons: Story = {
  args: {
    status: "Online",
    avatar: storyAvatar,
    expanded: true,
    onExpandedChange: fn(),
    onMinimize: fn(),
    onClose: fn(),
    onDownloadTranscript: fn(),
  },
};

/** Reconnecting: the status line says so; Download transcript stays available. */
export const Reconnecting: Story = {
  args: {
    status: "Reconnecting…",
    actionsDisabled: true,
    onMinimize: fn(),
    onClose: fn(),
    onDownloadTranscript: fn(),
  },
};

/** The Message sound toggle, on (pressed). */
export const SoundOn: Story = { args: { sound: true, onSoundChange: fn(), onMinimize: fn() } };
