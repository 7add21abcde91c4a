/**
 * The file the demo bot sends on `send me a file`, seeded into the simulator's storage at
 * startup and served under `/__files/` like an upload.
 *
 * @example
 * uploads.seed({ fileName: demoGuideFile.fileName, fileExtension: "txt" }, demoGuideFile.bytes());
 */
export const demoGuideFile = {
  fileName: "kore-chat-guide.txt",
  fileExtension: "txt",
  text: [
    "kore-chat: a short guide",
    "",
    "This file comes from the kore-chat platform simulator, as a bot's file attachment.",
    "",
    "Things to try in the chat:",
    "- help: what the demo bot understands",
    "- show templates: the rich messages it can send",
    "- show streaming: a generative answer streamed in Markdown",
    "- talk to an agent: a live agent takes over",
    "- attach a file: the bot tells you what it got",
    "",
  ].join("\n"),
  /** The text as UTF-8 bytes. */
  bytes(): Uint8Array {
    return new TextEncoder().encode(this.text);
  },
} as const;
