import type { TemplatePayload } from "./bot-turn.js";

/** What the demo templates wrap a code in (`piiReductionChar`): the demo bot knows it by this. */
export const demoPiiReductionChar = "#";

/**
 * The web SDK's input templates, with its exact field names: a one-time code (6 digits, resend
 * sends `resend otp`), a new PIN (4 digits), and like / dislike. Keyed by `template_type`.
 *
 * @example
 * demoSdkInputTemplates.otpValidationTemplate?.pinLength; // 6
 */
export const demoSdkInputTemplates: Readonly<Record<string, TemplatePayload>> = {
  otpValidationTemplate: {
    template_type: "otpValidationTemplate",
    title: "Enter the one-time code",
    sliderView: true,
    description: "We sent a 6-digit code by text message to:",
    mobileNumber: "+1 ******0147",
    piiReductionChar: demoPiiReductionChar,
    pinLength: 6,
    resendText: "Didn't get it?",
    otpButtons: [
      { title: "Verify", type: "submit" },
      { title: "Resend code", type: "resend", payload: "resend otp" },
    ],
  },
  resetPinTemplate: {
    template_type: "resetPinTemplate",
    title: "Reset your card PIN",
    sliderView: true,
    enterPinTitle: "Enter your new PIN",
    reEnterPinTitle: "Re-enter your new PIN",
    warningMessage: "The two PINs don't match",
    piiReductionChar: demoPiiReductionChar,
    pinLength: 4,
    resetButtons: [{ title: "Reset PIN" }],
  },
  like_dislike: { template_type: "like_dislike", text: "Was this answer helpful?" },
};
