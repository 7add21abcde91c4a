import type { ChatMessage } from "@kore-chat/store";
import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { fn } from "storybook/test";
import {
  botMessage,
  longConversation,
  shortConversation,
  systemMessage,
  userMessage,
  wireText,
} from "../testing/story-messages.js";
import { MessageList, type MessageListProps } from "./message-list.js";

// The list scrolls inside its parent: give it a chat-window-sized frame.
const inFrame: Decorator = (Story) => (
  <div className="kc-story-frame">
    <Story />
  </div>
);

const meta = {
  title: "Components/MessageList",
  component: MessageList,
  decorators: [inFrame],
  args: { messages: shortConversation(), onSend: fn(), onRetry: fn(), onLoadEarlier: fn() },
} satisfies Meta<typeof MessageList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ShortConversation: Story = {};

export const Typing: Story = {
  args: { messages: [...shortConversation(), userMessage("Thanks!")], typing: true },
};

/** Pending, failed (with Retry) and a system line at the end of a conversation. */
export const DeliveryStates: Story = {
  args: {
    messages: [
      ...shortConversation(),
      systemMessage("Alex from support joined the conversation"),
      userMessage("Can I change the delivery address?", { status: "failed" }),
      userMessage("Hello?", { status: "pending" }),
    ],
  },
};

export const Empty: Story = { args: { messages: [] } };

/** Sixty history messages with more before them: "Load earlier messages" at the top. */
export const ManyMessages: Story = {
  args: { messages: longConversation(60), hasMore: true },
};

/** 5,000 messages: only the rows in view (plus a few) are in the DOM. */
export const FiveThousandMessages: Story = {
  args: { messages: longConversation(5_000) },
};

/** History could not be loaded: an error line with Retry instead of a silent empty list. */
export const HistoryFailed: Story = {
  args: { messages: shortConversation(), hasMore: true, historyFailed: true },
};

export const LoadingEarlier: Story = {
  args: { messages: longConversation(60), hasMore: true, loadingEarlier: true },
};

const olderPages = [longConversation(20, "older-2"), longConversation(20, "older-1")];

function LoadEarlierDemo(props: MessageListProps) {
  const [messages, setMessages] = useState<readonly ChatMessage[]>(props.messages);
  const [pagesLoaded, setPagesLoaded] = useState(0);
  const [loading, setLoading] = useState(false);
  const loadEarlier = () => {
    props.onLoadEarlier?.();
    setLoading(true);
    // A history page arrives a moment later; the messages in view must not jump.
    setTimeout(() => {
      const page = olderPages[pagesLoaded] ?? [];
      setMessages((current) => [...page, ...current]);
      setPagesLoaded((count) => count + 1);
      setLoading(false);
    }, 600);
  };
  return (
    <MessageList
      {...props}
      messages={messages}
      hasMore={pagesLoaded < olderPages.length}
      loadingEarlier={loading}
      onLoadEarlier={loadEarlier}
    />
  );
}

/** Click "Load earlier messages": two more pages arrive and the view stays put. */
export const LoadEarlierInteractive: Story = {
  args: { messages: longConversation(30) },
  render: (args) => <LoadEarlierDemo {...args} />,
};

export const RightToLeft: Story = {
  globals: { direction: "rtl" },
  args: {
    messages: [
      userMessage("مرحبا، أين طلبي؟"),
      ...shortConversation().slice(2),
      userMessage("شكرا!", { status: "pending" }),
    ],
  },
};

const storyNow = new Date(2026, 11, 3, 12, 0).getTime();
const at = (daysAgo: number, hour: number, minute: number) =>
  new Date(2026, 11, 3 - daysAgo, hour, minute).getTime();

/** Day separators ("Today", "Yesterday", a weekday, a date) and one time per run of a minute. */
export const DaysAndTimes: Story = {
  args: {
    now: storyNow,
    messages: [
      userMessage("Is my order on its way?", { createdAt: at(9, 17, 2) }),
      botMessage([wireText("It left the warehouse this morning.")], { createdAt: at(9, 17, 2) }),
      userMessage("Can I change the address?", { createdAt: at(3, 9, 40) }),
      userMessage("It is for a gift.", { createdAt: at(3, 9, 40) }),
      botMessage([wireText("Yes, until it is handed to the courier.")], {
        createdAt: at(1, 20, 15),
      }),
      userMessage("Thanks!", { createdAt: at(0, 8, 5) }),
    ],
  },
};
