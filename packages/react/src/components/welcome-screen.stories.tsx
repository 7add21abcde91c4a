import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { WelcomeScreen } from "./welcome-screen.js";

const meta = {
  title: "Components/WelcomeScreen",
  component: WelcomeScreen,
  args: {
    title: "Welcome to Acme support",
    subtitle: "Ask anything, or pick one of these to start.",
    starters: [
      { title: "Track my order", payload: "track order" },
      { title: "Opening hours", payload: "hours" },
      { title: "Talk to a person", payload: "agent" },
    ],
    onStart: fn(),
  },
} satisfies Meta<typeof WelcomeScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Only a heading: no starters to offer. */
export const HeadingOnly: Story = { args: { subtitle: undefined, starters: [] } };

/** Long texts from a platform wrap inside the panel. */
export const LongTexts: Story = {
  args: {
    title: "Welcome to the customer care assistant of a company with a rather long name",
    starters: [
      { title: "I would like to know more about the warranty of my device", payload: "warranty" },
      { title: "Returns", payload: "returns" },
    ],
  },
};
