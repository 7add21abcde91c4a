import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { BotTurn } from "../components/bot-turn.js";
import { botMessage, wireMedia, wireMediaMessage } from "../testing/story-messages.js";

// Media parts from the simulator's demo (`show image`, `show video`, ...). Its URLs point
// at example.com, so the image and players show their empty state offline.
const meta = {
  title: "Templates/Media",
  component: BotTurn,
  args: { message: botMessage([wireMedia("image")]), onSend: fn() },
} satisfies Meta<typeof BotTurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Image: Story = {};
export const Audio: Story = { args: { message: botMessage([wireMedia("audio")]) } };
export const Video: Story = { args: { message: botMessage([wireMedia("video")]) } };
export const Link: Story = { args: { message: botMessage([wireMedia("link")]) } };
export const Document: Story = { args: { message: botMessage([wireMedia("document")]) } };

/** A `message` part: text plus `videoUrl`. */
export const MessageWithVideo: Story = {
  args: { message: botMessage([wireMediaMessage("message")]) },
};

/** A `message` part: text plus `audioUrl`. */
export const MessageWithAudio: Story = {
  args: { message: botMessage([wireMediaMessage("message_audio")]) },
};

/** A URL the widget will not follow (`javascript:`): the name shows as text. */
export const UnsafeUrl: Story = {
  args: {
    message: botMessage([
      {
        type: "text",
        component: { type: "link", payload: { url: "javascript:alert(1)", name: "Not a link" } },
        cInfo: { body: "Not a link" },
      },
    ]),
  },
};
