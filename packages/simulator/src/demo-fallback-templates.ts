import type { TemplatePayload } from "./bot-turn.js";

/**
 * Templates TEMPLATES.md §2 lists as "seen in the wild" (rendered as text fallback until
 * built), plus `wait_for_response`, which shows no bubble. Keyed by `template_type`.
 *
 * @example
 * demoFallbackTemplates.SYSTEM?.text; // "The conversation was transferred to an agent."
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
  advancedMultiListTemplate: {
    template_type: "advancedMultiListTemplate",
    title: "Your profile",
    listItems: [
      { title: "Email", description: "demo-user@example.com" },
      { title: "Phone", description: "+1 555 0100" },
    ],
  },
  SYSTEM: { template_type: "SYSTEM", text: "The conversation was transferred to an agent." },
  wait_for_response: { template_type: "wait_for_response" },
};
