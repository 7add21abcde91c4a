import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import {
  answerTemplatePayload,
  botMessage,
  demoTemplate,
  storyAvatar,
  streamedAnswerMarkdown,
  wireMedia,
  wireTemplate,
  wireText,
} from "../testing/story-messages.js";
import { BotTurn } from "./bot-turn.js";

const markupText =
  "Your order is *on its way* and should arrive _tomorrow_.\n" +
  "~Express shipping~ Standard shipping was used.\n" +
  "Track it [on the courier's site](https://tracking.example.com/KC-1042) " +
  "or at https://example.com/orders/1042.\n" +
  "Questions? Write to [help@example.com](mailto:help@example.com).";

const meta = {
  title: "Components/BotTurn",
  component: BotTurn,
  args: { message: botMessage([wireText(markupText)]), onSend: fn() },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Bold, italic, strike, a named link, a bare URL and line breaks. */
export const TextWithMarkup: Story = {};

/** Markup that must stay text: HTML and a `javascript:` link. */
export const UntrustedMarkup: Story = {
  args: {
    message: botMessage([
      wireText(
        "<b>not bold</b> <img src=x onerror=alert(1)>\n[click me](javascript:alert(1)) stays text.",
      ),
    ]),
  },
};

/** Several parts in one `bot_response`: text, a template, an image. */
export const MultiPartTurn: Story = {
  args: {
    message: botMessage([
      wireText("Here is what I found:"),
      wireTemplate(demoTemplate("button")),
      wireMedia("image"),
    ]),
  },
};

export const WithAvatar: Story = {
  args: {
    message: botMessage([wireText("Hi! I'm *SDKBot*. Ask me anything.")], { icon: storyAvatar }),
  },
};

/** A live agent's turn (`live_agent`, `author.type: "AGENT"`). */
export const Agent: Story = {
  args: {
    message: botMessage([wireTemplate(demoTemplate("live_agent"))], { author: "agent" }),
  },
};

export const LongText: Story = {
  args: {
    message: botMessage([
      wireText(
        "Thanks for waiting. I looked into your account and found *three* things:\n" +
          "1. Your last payment was received on June 2 and applied to invoice INV-2025-0602.\n" +
          "2. The refund for the duplicate charge is being processed and should appear in " +
          "5–7 business days, depending on your bank.\n" +
          "3. Your plan renews on July 1; you can change it any time from the billing page at " +
          "https://example.com/account/billing/subscriptions/plan-settings-and-renewal-options\n" +
          "Is there anything else I can help you with today?",
      ),
    ]),
  },
};

export const RightToLeftArabic: Story = {
  globals: { direction: "rtl" },
  args: {
    message: botMessage(
      [wireText("مرحبا! طلبك *في الطريق* وسيصل _غدا_.\nتتبعه على https://example.com")],
      {
        icon: storyAvatar,
      },
    ),
  },
};

export const RightToLeftHebrew: Story = {
  globals: { direction: "rtl" },
  args: {
    message: botMessage([wireText("שלום! ההזמנה שלך *בדרך*.")]),
  },
};

/** A turn of only `wait_for_response` renders nothing (the typing indicator stays). */
export const SilentTemplate: Story = {
  args: {
    message: botMessage([wireTemplate({ template_type: "wait_for_response" })]),
  },
};

// The simulator's `show streaming` answer: heading, list, table, code and a link.
const markdownAnswer = streamedAnswerMarkdown;

/** A generative answer in Markdown: heading, list, table, code with a Copy button. */
export const MarkdownAnswer: Story = {
  args: { message: botMessage([wireText(markdownAnswer)], { streamed: true }) },
};

/** Still streaming: `data-streaming="true"`, a caret, hidden from screen readers until it ends. */
export const Streaming: Story = {
  args: {
    message: botMessage([wireText(markdownAnswer.slice(0, 140))], {
      streamed: true,
      streaming: "open",
    }),
  },
};

/** A stream that stopped before its last chunk. */
export const IncompleteAnswer: Story = {
  args: {
    message: botMessage([wireText("The answer is")], { streamed: true, streaming: "incomplete" }),
  },
};

/** `answerTemplate`: an answer with numbered citations and its sources as links. */
export const AnswerWithSources: Story = {
  args: {
    message: botMessage([wireTemplate(answerTemplatePayload)]),
  },
};

/** The "Copy message" button, shown while the turn has keyboard focus (or the pointer). */
export const CopyMessageFocused: Story = {
  play: ({ canvasElement }) => {
    canvasElement.querySelector<HTMLButtonElement>(".kc-copy-message")?.focus();
  },
};
