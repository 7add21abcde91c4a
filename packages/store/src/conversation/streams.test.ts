import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./chat-message.js";
import { type Conversation, mergeHistory } from "./conversation.js";
import { addStreamChunk, expireStream, maxStreamLength, type StreamChunk } from "./streams.js";

const t0 = Date.parse("2026-03-01T10:00:00Z");
const chunk = (messageId: string, text: string, end = false, at = t0): StreamChunk => ({
  messageId,
  text,
  end,
  author: "bot",
  createdAt: at,
});
const feed = (conversation: Conversation, ...chunks: StreamChunk[]) =>
  chunks.reduce(addStreamChunk, conversation);
const textOf = (message: ChatMessage | undefined) => {
  const part = message?.parts[0];
  return part?.kind === "text" ? part.text : undefined;
};

describe("addStreamChunk", () => {
  it("grows one message from the chunks of one messageId, in arrival order, until endChunk", () => {
    const open = feed([], chunk("m1", "# Ti"), chunk("m1", "tle\n\n"), chunk("m1", "- one"));
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ key: "m1", platformId: "m1", streaming: "open", live: true });
    expect(textOf(open[0])).toBe("# Title\n\n- one");
    const ended = addStreamChunk(open, chunk("m1", "\n- two", true));
    expect(textOf(ended[0])).toBe("# Title\n\n- one\n- two");
    expect(ended[0]?.streaming).toBeUndefined();
    expect(ended[0]?.streamed).toBe(true);
  });

  it("keeps whitespace-only chunks: they are Markdown", () => {
    const state = feed([], chunk("m1", "a"), chunk("m1", "\n\n"), chunk("m1", "b", true));
    expect(textOf(state[0])).toBe("a\n\nb");
  });

  it("ignores a chunk after endChunk, and a repeated end frame", () => {
    const ended = feed([], chunk("m1", "done"), chunk("m1", "", true));
    expect(addStreamChunk(ended, chunk("m1", " late"))).toBe(ended);
    expect(addStreamChunk(ended, chunk("m1", " late", true))).toBe(ended);
  });

  it("keeps interleaved streams apart", () => {
    const state = feed(
      [],
      chunk("a", "A1 ", false, t0),
      chunk("b", "B1 ", false, t0 + 1),
      chunk("a", "A2", true),
      chunk("b", "B2"),
    );
    expect(state.map((message) => [message.key, textOf(message), message.streaming])).toEqual([
      ["a", "A1 A2", undefined],
      ["b", "B1 B2", "open"],
    ]);
  });

  it("a one-frame answer (first frame is the last) is one finished message", () => {
    const state = addStreamChunk([], chunk("m1", "all at once", true));
    expect(state[0]?.streaming).toBeUndefined();
    expect(textOf(state[0])).toBe("all at once");
  });

  it("ignores chunks of an answer history already holds whole", () => {
    const fromHistory = mergeHistory(
      [],
      [
        {
          platformId: "m1",
          author: "bot",
          parts: [{ kind: "text", text: "whole" }],
          createdAt: t0,
        },
      ],
    );
    const state = addStreamChunk(fromHistory, chunk("m1", "who"));
    expect(textOf(state[0])).toBe("whole");
    expect(state[0]).toMatchObject({ live: true, inHistory: true });
    expect(state[0]?.streaming).toBeUndefined();
  });

  it("caps a runaway stream", () => {
    let state: Conversation = [];
    const big = "x".repeat(30_000);
    for (let i = 0; i < 5; i += 1) state = addStreamChunk(state, chunk("m1", big));
    expect(textOf(state[0])?.length).toBe(maxStreamLength);
  });
});

describe("expireStream", () => {
  it("marks an open answer incomplete, keeps its text; a later chunk resumes it", () => {
    const open = feed([], chunk("m1", "half"));
    const expired = expireStream(open, "m1");
    expect(expired[0]).toMatchObject({ streaming: "incomplete" });
    expect(textOf(expired[0])).toBe("half");
    expect(expireStream(expired, "m1")).toBe(expired);
    const resumed = addStreamChunk(expired, chunk("m1", " more", true));
    expect(textOf(resumed[0])).toBe("half more");
    expect(resumed[0]?.streaming).toBeUndefined();
  });

  it("changes nothing for an ended or unknown answer", () => {
    const ended = feed([], chunk("m1", "x", true));
    expect(expireStream(ended, "m1")).toBe(ended);
    expect(expireStream(ended, "nope")).toBe(ended);
  });
});

describe("mergeHistory and streamed answers", () => {
  const row = (text: string) => ({
    platformId: "m1",
    author: "bot" as const,
    parts: [{ kind: "text" as const, text }],
    createdAt: t0,
  });

  it("the history row replaces a partial answer (cut by a socket drop) and ends it", () => {
    const partial = feed([], chunk("m1", "The answer is"));
    const merged = mergeHistory(partial, [row("The answer is 42.")]);
    expect(merged).toHaveLength(1);
    expect(textOf(merged[0])).toBe("The answer is 42.");
    expect(merged[0]).toMatchObject({ key: "m1", inHistory: true, live: true });
    expect(merged[0]?.streaming).toBeUndefined();
    // Chunks still on the way after that change nothing.
    expect(addStreamChunk(merged, chunk("m1", " more"))).toBe(merged);
  });

  it("replaces an incomplete answer, and a finished one whose chunks were garbled", () => {
    const incomplete = expireStream(feed([], chunk("m1", "The ans")), "m1");
    expect(textOf(mergeHistory(incomplete, [row("The answer.")])[0])).toBe("The answer.");
    // A re-delivered chunk doubled a word: the platform's row is the truth.
    const garbled = feed(
      [],
      chunk("m1", "The "),
      chunk("m1", "The "),
      chunk("m1", "answer.", true),
    );
    expect(textOf(garbled[0])).toBe("The The answer.");
    expect(textOf(mergeHistory(garbled, [row("The answer.")])[0])).toBe("The answer.");
  });

  it("reads the row once: a second page with the same row changes nothing", () => {
    const merged = mergeHistory(feed([], chunk("m1", "x", true)), [row("whole")]);
    expect(mergeHistory(merged, [row("whole")])).toBe(merged);
  });
});
