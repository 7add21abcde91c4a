import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, demoTemplate, fromHistory, wireTemplate } from "../testing/story-messages.js";
import { LikeDislikeTemplate } from "./like-dislike-template.js";
import { OtpValidationTemplate } from "./otp-validation-template.js";
import { ResetPinTemplate } from "./reset-pin-template.js";

// The web SDK's input templates, from the simulator's demo payloads: live and from history.
const template = (name: string) => botMessage([wireTemplate(demoTemplate(name))]);
const registry = {
  otpValidationTemplate: OtpValidationTemplate,
  resetPinTemplate: ResetPinTemplate,
  like_dislike: LikeDislikeTemplate,
};

const meta = {
  title: "Templates/SDK inputs",
  component: BotTurn,
  args: { message: template("otpValidationTemplate"), onSend: fn(), registry },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 6-digit one-time code: masked, with Show digits, Resend and Verify. */
export const OtpValidation: Story = {};
export const OtpValidationFromHistory: Story = {
  args: { message: fromHistory(template("otpValidationTemplate")) },
};
export const OtpValidationRightToLeft: Story = { globals: { direction: "rtl" } };
/** Two masked 4-digit fields that must match. */
export const ResetPin: Story = { args: { message: template("resetPinTemplate") } };
export const ResetPinFromHistory: Story = {
  args: { message: fromHistory(template("resetPinTemplate")) },
};
export const LikeDislike: Story = { args: { message: template("like_dislike") } };
export const LikeDislikeFromHistory: Story = {
  args: { message: fromHistory(template("like_dislike")) },
};
