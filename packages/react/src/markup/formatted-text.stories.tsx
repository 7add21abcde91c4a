import type { Meta, StoryObj } from "@storybook/react-vite";
import { FormattedText } from "./formatted-text.js";

const meta = {
  title: "Markup/FormattedText",
  component: FormattedText,
  args: {
    text:
      "*Bold*, _italic_ and ~struck~ text.\n" +
      "A [named link](https://kore.ai), a bare URL https://example.com/docs and www.example.com.\n" +
      "Mail [help@example.com](mailto:help@example.com) or call [+1 555 123 4567](tel:+15551234567).",
  },
} satisfies Meta<typeof FormattedText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Markup: Story = {};

/** HTML shows as text; a `javascript:` link shows as plain text. */
export const Untrusted: Story = {
  args: { text: '<script>alert(1)</script> <a href="x">html</a> [bad](javascript:alert(1))' },
};

export const RightToLeft: Story = {
  globals: { direction: "rtl" },
  args: { text: "*مرحبا* بك في _المتجر_.\nزر https://example.com" },
};
