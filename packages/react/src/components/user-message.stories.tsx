import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { storyAvatar, userMessage } from "../testing/story-messages.js";
import { UserMessage } from "./user-message.js";

const meta = {
  title: "Components/UserMessage",
  component: UserMessage,
  args: { message: userMessage("Where is my order?"), onRetry: fn() },
} satisfies Meta<typeof UserMessage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Pending: Story = {
  args: { message: userMessage("Where is my order?", { status: "pending" }) },
};

export const Delivered: Story = {};

export const Failed: Story = {
  args: {
    message: userMessage("Where is my order?", {
      status: "failed",
      failureReason: "The connection closed before the platform acknowledged the message.",
    }),
  },
};

/** No `onRetry` handler: "Not sent" without a Retry button. */
export const FailedWithoutRetry: Story = {
  args: { message: userMessage("Where is my order?", { status: "failed" }) },
  render: ({ message }) => <UserMessage message={message} />,
};

/** From history: no delivery status at all. */
export const FromHistory: Story = {
  args: {
    message: userMessage("I asked this yesterday.", {
      status: undefined,
      live: false,
      inHistory: true,
    }),
  },
};

export const LongText: Story = {
  args: {
    message: userMessage(
      "I ordered the winter collection hat last Tuesday and the tracking page has said " +
        "'label created' ever since. Could you check with the courier, and if it is lost, " +
        "send a replacement to the same address? Here is the tracking link, in case it helps: " +
        "https://tracking.example.com/shipments/KC-2025-06-02-000000000000000000000123456789\n\n" +
        "Thanks!\nPeter",
    ),
  },
};

export const RightToLeftArabic: Story = {
  globals: { direction: "rtl" },
  args: { message: userMessage("مرحبا، أين طلبي؟ رقم الطلب 1042.", { status: "pending" }) },
};

export const RightToLeftHebrew: Story = {
  globals: { direction: "rtl" },
  args: {
    message: userMessage("שלום, ההזמנה שלי לא הגיעה.", {
      status: "failed",
      failureReason: "Not acknowledged",
    }),
  },
};

/** The user's files: an image (it opens larger) and a file row with its size (it downloads). */
export const WithAttachments: Story = {
  args: {
    message: userMessage("Here are the photo and the invoice", {
      parts: [
        { kind: "text", text: "Here are the photo and the invoice" },
        { kind: "media", mediaType: "image", url: storyAvatar, name: "photo.png", size: 68 },
        {
          kind: "media",
          mediaType: "document",
          url: "https://example.com/files/invoice-1042.pdf",
          name: "invoice-1042.pdf",
          size: 184_320,
        },
      ],
    }),
  },
};

/** A file the platform gave no URL for, and a hostile name: shown as text, no link. */
export const AttachmentWithoutUrl: Story = {
  args: {
    message: userMessage("", {
      body: "",
      parts: [
        {
          kind: "media",
          mediaType: "document",
          url: "",
          name: '<img src=x onerror="alert(1)">.pdf',
          size: 2048,
        },
      ],
    }),
  },
};
