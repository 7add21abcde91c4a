import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { ConnectionBanner } from "./connection-banner.js";

const meta = {
  title: "Components/ConnectionBanner",
  component: ConnectionBanner,
  args: { status: "connecting", onRetry: fn() },
  argTypes: {
    status: {
      control: "select",
      options: ["idle", "connecting", "open", "reconnecting", "offline", "closed", "failed"],
    },
  },
} satisfies Meta<typeof ConnectionBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Connecting: Story = {};

export const Reconnecting: Story = { args: { status: "reconnecting" } };

export const Offline: Story = { args: { status: "offline" } };

export const Failed: Story = { args: { status: "failed" } };

/** All is well: the live region is in the DOM but empty. */
export const Open: Story = { args: { status: "open" } };

export const FailedRightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { status: "failed" },
};
