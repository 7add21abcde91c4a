import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, fromHistory, wireTemplate } from "../testing/story-messages.js";

// `answerTemplate` payloads as the platform sends them (`answer_payload.center_panel.data[0]`).
const generative = (fragments: readonly Readonly<Record<string, unknown>>[]) =>
  botMessage([
    wireTemplate({
      template_type: "answerTemplate",
      answer_payload: {
        center_panel: {
          type: "citation_snippet",
          data: [{ snippet_type: "generative_model", snippet_content: fragments }],
        },
      },
    }),
  ]);

const cited = generative([
  {
    answer_fragment: "Refunds are paid back to the **original card** within _5–7 days_.",
    sources: [{ doc_id: "d1", title: "Refund policy", url: "https://example.com/refunds" }],
  },
  {
    answer_fragment: "Gift cards are refunded as store credit.",
    sources: [{ doc_id: "d2", title: "Gift cards", url: "https://example.com/gift-cards" }],
  },
  {
    answer_fragment: "Ask for a refund from `Orders → Return`.",
    sources: [{ doc_id: "d1", title: "Refund policy", url: "https://example.com/refunds" }],
  },
]);

const meta = {
  title: "Templates/Answer",
  component: BotTurn,
  args: { message: cited, onSend: fn() },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A generative answer: Markdown fragments with numbered citations, sources as links. */
export const Generative: Story = {};

export const GenerativeFromHistory: Story = { args: { message: fromHistory(cited) } };

/** An extractive answer: one snippet and the document it came from. */
export const Extractive: Story = {
  args: {
    message: botMessage([
      wireTemplate({
        template_type: "answerTemplate",
        answer_payload: {
          center_panel: {
            type: "extractive_model",
            data: [
              {
                snippet_type: "extractive_model",
                snippet_content: "Orders over $50 ship free within the country.",
                source: "Shipping FAQ",
                url: "https://example.com/faq#shipping",
              },
            ],
          },
        },
      }),
    ]),
  },
};

/** Sources with an unsafe or no URL show as text; HTML in the answer shows as text. */
export const UntrustedSources: Story = {
  args: {
    message: generative([
      {
        answer_fragment: "Raw <img src=x onerror=alert(1)> stays text.",
        sources: [{ doc_id: "d1", title: "Script link", url: "javascript:alert(1)" }],
      },
      { answer_fragment: "No link here.", sources: [{ doc_id: "d2", title: "Internal wiki" }] },
    ]),
  },
};

export const RightToLeft: Story = {
  globals: { direction: "rtl" },
  args: {
    message: generative([
      {
        answer_fragment: "يُعاد المبلغ إلى **البطاقة الأصلية** خلال أسبوع.",
        sources: [{ doc_id: "d1", title: "سياسة الاسترداد", url: "https://example.com/ar" }],
      },
    ]),
  },
};
