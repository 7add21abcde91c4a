import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { englishStrings } from "../i18n/strings.js";
import { Composer } from "./composer.js";

const meta = {
  title: "Components/Composer",
  component: Composer,
  args: { onSend: fn() },
} satisfies Meta<typeof Composer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Disabled: Story = { args: { disabled: true } };

export const RightToLeft: Story = {
  globals: { direction: "rtl" },
  args: {
    strings: {
      ...englishStrings,
      message: "رسالة",
      messagePlaceholder: "اكتب رسالة…",
      send: "إرسال",
    },
  },
};
