import type { Meta, StoryObj } from "@storybook/react-vite";
import { fn } from "storybook/test";
import { englishStrings } from "../i18n/strings.js";
import { Composer } from "./composer.js";

const meta = {
  title: "Components/Composer",
  component: Composer,
  args: { onSend: fn() },
} satisfies Meta<typeof Composer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Disabled: Story = { args: { disabled: true } };

export const RightToLeft: Story = {
  globals: { direction: "rtl" },
  args: {
    strings: {
      ...englishStrings,
      message: "رسالة",
      messagePlaceholder: "اكتب رسالة…",
      send: "إرسال",
    },
  },
};

// A small blue square (PNG, as a data URL's bytes) for the thumbnail stories.
const pixel = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGklEQVR4nGNgYPiPhoiEo2pHjaWGOiKdBgB/Ax3jb6jR1wAAAABJRU5ErkJggg==",
  ),
  (char) => char.charCodeAt(0),
);

const attachments = {
  onAttach: fn(),
  onRemove: fn(),
  onDismissRejections: fn(),
  rejections: [],
  drafts: [],
};

/** Files attached: one uploading (its progress), one uploaded image, one that failed. */
export const WithAttachments: Story = {
  args: {
    attachments: {
      ...attachments,
      drafts: [
        {
          id: "a1",
          file: new Blob([new Uint8Array(10)]),
          fileName: "quarterly-report.pdf",
          fileType: "attachment",
          size: 2_600_000,
          sentBytes: 1_048_576,
          status: "uploading",
        },
        {
          id: "a2",
          file: new Blob([pixel], { type: "image/png" }),
          fileName: "screenshot.png",
          fileType: "image",
          size: pixel.length,
          sentBytes: pixel.length,
          status: "uploaded",
        },
        {
          id: "a3",
          file: new Blob([new Uint8Array(10)]),
          fileName: "notes.txt",
          fileType: "attachment",
          size: 10,
          sentBytes: 0,
          status: "failed",
        },
      ],
    },
  },
};

/** Files refused before upload, each with its reason (names are shown as text). */
export const RefusedFiles: Story = {
  args: {
    attachments: {
      ...attachments,
      rejections: [
        { reason: "type_not_allowed", fileName: "setup.exe" },
        { reason: "too_large", fileName: "holiday.mov", limit: 25 * 1024 * 1024 },
        { reason: "too_many", fileName: "eleventh.pdf", limit: 10 },
        { reason: "empty", fileName: '<img src=x onerror="alert(1)">.txt' },
      ],
    },
  },
};
