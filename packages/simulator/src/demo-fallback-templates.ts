import type { TemplatePayload } from "./bot-turn.js";

/**
 * Templates TEMPLATES.md §2 lists as "seen in the wild" (rendered as text fallback until
 * built), plus `wait_for_response`, which shows no bubble. Keyed by `template_type`.
 *
 * @example
 * demoFallbackTemplates.like_dislike?.text; // "Was this answer helpful?"
 */
export const demoFallbackTemplates: Readonly<Record<string, TemplatePayload>> = {
  listWidget: {
    template_type: "listWidget",
    title: "Today's tasks",
    description: "3 open tasks",
    elements: ["Review PR", "Plan sprint", "Write report"].map((title) => ({
      title,
      subtitle: "Due today",
    })),
  },
  custom_table: {
    template_type: "custom_table",
    text: "Order summary",
    columns: [["Item"], ["Qty", "center"], ["Price", "right"]],
    elements: [{ Values: ["Hat", "1", "$20"] }, { Values: ["Scarf", "2", "$30"] }],
  },
  tableList: {
    template_type: "tableList",
    title: "Plans",
    elements: [
      {
        sectionHeader: "Monthly",
        rowItems: [
          {
            title: { type: "text", text: { title: "Basic" } },
            value: { type: "text", text: "$10" },
          },
          {
            title: { type: "text", text: { title: "Plus" } },
            value: { type: "text", text: "$20" },
          },
        ],
      },
    ],
  },
  advanced_multi_select: {
    template_type: "advanced_multi_select",
    heading: "Choose your toppings",
    elements: [
      {
        collectionTitle: "Vegetables",
        collection: [
          { title: "Onion", value: "onion" },
          { title: "Pepper", value: "pepper" },
        ],
      },
    ],
    buttons: [{ title: "Done", type: "postback", payload: "payload" }],
  },
  advancedListTemplate: {
    template_type: "advancedListTemplate",
    title: "Recent orders",
    description: "Your last two orders",
    listItems: [
      { title: "Order #1001", description: "Delivered" },
      { title: "Order #1002", description: "On its way" },
    ],
  },
  advancedMultiListTemplate: {
    template_type: "advancedMultiListTemplate",
    title: "Your profile",
    listItems: [
      { title: "Email", description: "demo-user@example.com" },
      { title: "Phone", description: "+1 555 0100" },
    ],
  },
  cardTemplate: {
    template_type: "cardTemplate",
    title: "Flight status",
    cards: [
      {
        cardHeading: { title: "KC 101", description: "On time" },
        cardDescription: [{ title: "Departs 10:40 from Gate B12" }],
      },
    ],
  },
  articleTemplate: {
    template_type: "articleTemplate",
    title: "Help articles",
    elements: [
      { title: "Reset your password", description: "Step by step", createdOn: "2025-01-15" },
    ],
  },
  like_dislike: { template_type: "like_dislike", text: "Was this answer helpful?" },
  otpValidationTemplate: {
    template_type: "otpValidationTemplate",
    title: "Enter the OTP",
    description: "We sent a code to ******1234",
    pinLength: 6,
    piiReductionChar: "#",
    buttons: [
      { type: "submit", title: "Submit" },
      { type: "resend", title: "Resend OTP", payload: "resend otp" },
    ],
  },
  resetPinTemplate: {
    template_type: "resetPinTemplate",
    title: "Reset your PIN",
    pinLength: 4,
    piiReductionChar: "#",
    enterPinTitle: "Enter new PIN",
    reEnterPinTitle: "Re-enter new PIN",
    warningMessage: "The PINs do not match",
    resetButtons: [{ title: "Reset PIN" }],
  },
  checkListTemplate: {
    template_type: "checkListTemplate",
    title: "Onboarding checklist",
    elements: [
      { title: "Create account", status: "done" },
      { title: "Verify email", status: "pending" },
    ],
  },
  SYSTEM: { template_type: "SYSTEM", text: "The conversation was transferred to an agent." },
  wait_for_response: { template_type: "wait_for_response" },
};
