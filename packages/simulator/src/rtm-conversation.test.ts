import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { WebSocket } from "ws";
import { demoBotReply } from "./demo-bot.js";
import { FaultState } from "./faults.js";
import { HistoryStore } from "./history-store.js";
import { RtmConversation, redactPii } from "./rtm-conversation.js";
import type { SocketConnection } from "./socket-server.js";

const bot = { chatBot: "Demo Bot", taskBotId: "st-1" };
const report = { fileId: "f-1", fileName: "report.pdf", size: 12_288, url: "https://files/f-1" };
const guide = { fileId: "f-g", fileName: "guide.txt", size: 10, url: "https://files/f-g" };

function connection(sid: string, userId = "u-1"): SocketConnection {
  return {
    sid,
    userId,
    botId: bot.taskBotId,
    isReconnect: false,
    secure: false,
    query: {},
    socket: {} as WebSocket,
  };
}

function setup() {
  const sent: Array<{ sid: string; frame: Record<string, unknown> }> = [];
  const open = [connection("s1"), connection("s2"), connection("s3", "u-2")];
  const faults = new FaultState();
  const history = new HistoryStore({ orgId: "o", accountId: "a" });
  const send = (target: SocketConnection, frame: unknown) => {
    sent.push({ sid: target.sid, frame: frame as Record<string, unknown> });
    return true;
  };
  const conversation = new RtmConversation({
    bot,
    icon: "https://icon",
    now: () => Date.now(),
    botReplyDelayMs: 30,
    faults,
    history,
    reply: demoBotReply,
    files: {
      lookup: (userId, fileId) => (userId === "u-1" && fileId === "f-1" ? report : undefined),
      demoFile: guide,
    },
    sockets: {
      send,
      sendTo: (userId, frame, except) =>
        open.filter((c) => c.userId === userId && c !== except).map((c) => send(c, frame)).length,
      terminate: () => 0,
    },
  });
  const [first, second] = open as [SocketConnection, SocketConnection];
  const message = (id: number | string, body: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      clientMessageId: id,
      id,
      resourceid: "/bot.message",
      message: { body, attachments: [] },
      botInfo: bot,
      ...extra,
    });
  const framesTo = (sid: string, type: string) =>
    sent.filter((s) => s.sid === sid && s.frame.type === type).map((s) => s.frame);
  return { sent, faults, history, conversation, first, second, message, framesTo };
}

describe("RtmConversation", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("acks, echoes to the user's other sockets, then replies to all of them", () => {
    const { conversation, first, message, framesTo, history } = setup();
    conversation.handleFrame(first, message(1, "hello"));
    expect(framesTo("s1", "ack")).toEqual([
      { ok: true, replyto: 1, message: "delivered", type: "ack" },
    ]);
    expect(framesTo("s1", "user_message")).toEqual([]);
    expect(framesTo("s2", "user_message")).toEqual([
      {
        botInfo: bot,
        from: "self",
        message: { body: "hello", attachments: [] },
        id: 1,
        type: "user_message",
      },
    ]);
    expect(framesTo("s3", "user_message")).toEqual([]);
    expect(framesTo("s1", "bot_response")).toEqual([]);
    vi.advanceTimersByTime(30);
    const [reply] = framesTo("s1", "bot_response");
    expect(framesTo("s2", "bot_response")).toEqual([reply]);
    expect(framesTo("s3", "bot_response")).toEqual([]);
    const rows = history.rows("u-1", bot.taskBotId);
    expect(rows.map((row) => row.type)).toEqual(["incoming", "outgoing"]);
    expect(rows[1]?._id).toBe(reply?.messageId);
  });

  it("redacts a code wrapped in the PII markers in history and echoes, not in what it received", () => {
    const { conversation, first, message, framesTo, history } = setup();
    conversation.handleFrame(
      first,
      message(1, "#123456#", {
        message: { body: "#123456#", renderMsg: "••••••", attachments: [] },
      }),
    );
    expect(framesTo("s2", "user_message")[0]?.message).toEqual({ body: "******", attachments: [] });
    const incoming = history.rows("u-1", bot.taskBotId).find((row) => row.type === "incoming");
    expect(JSON.stringify(incoming)).not.toContain("123456");
    expect(conversation.received.map((record) => record.body)).toEqual(["#123456#"]);
    expect(redactPii("call #555# or #12#34")).toBe("call *** or **34");
  });

  it("records a message once and only re-acks a duplicate", () => {
    const { conversation, first, second, message, framesTo } = setup();
    conversation.handleFrame(
      first,
      message(7, "same", { message: { body: "same", renderMsg: "Same!" } }),
    );
    conversation.handleFrame(second, message(7, "same"));
    vi.advanceTimersByTime(100);
    expect(conversation.received).toEqual([
      {
        userId: "u-1",
        clientMessageId: 7,
        body: "same",
        renderMsg: "Same!",
        receivedAt: expect.any(Number),
        socketSid: "s1",
        botInfo: bot,
        handlingMs: expect.any(Number),
      },
    ]);
    expect(framesTo("s2", "ack")).toEqual([
      { ok: true, replyto: 7, message: "delivered", type: "ack" },
    ]);
    expect(framesTo("s1", "bot_response")).toHaveLength(1);
    expect(framesTo("s1", "user_message")).toEqual([]);
  });

  it("treats the same id with another body as a new message", () => {
    const { conversation, first, message } = setup();
    conversation.handleFrame(first, message(7, "a"));
    conversation.handleFrame(first, message(7, "b"));
    expect(conversation.received.map((m) => m.body)).toEqual(["a", "b"]);
  });

  it("refuses an empty message with ok:false", () => {
    const { conversation, first, message, framesTo } = setup();
    conversation.handleFrame(first, message(2, "  "));
    expect(framesTo("s1", "ack")).toEqual([
      { ok: false, replyto: 2, message: "Message body is empty", type: "ack" },
    ]);
    expect(conversation.received).toEqual([]);
  });

  it("answers ping with pong and nothing else", () => {
    const { conversation, first, sent } = setup();
    conversation.handleFrame(
      first,
      JSON.stringify({ type: "ping", resourceid: "/bot.message", botInfo: bot }),
    );
    expect(sent).toEqual([{ sid: "s1", frame: { type: "pong" } }]);
  });

  it("ignores typing events and junk", () => {
    const { conversation, first, sent } = setup();
    for (const junk of [
      '{"event":"typing","resourceid":"/bot.message","message":{"body":""}}',
      "{",
      "[]",
      "null",
      '"x"',
      '{"resourceid":"/bot.message","message":{"body":5},"clientMessageId":1}',
    ]) {
      conversation.handleFrame(first, junk);
    }
    expect(sent).toEqual([]);
  });

  it("acks closeConversationSession and starts a new session", () => {
    const { conversation, first, framesTo, history } = setup();
    const before = history.sessionIdFor("u-1");
    conversation.handleFrame(
      first,
      JSON.stringify({ clientMessageId: 9, resourceid: "/bot.closeConversationSession" }),
    );
    expect(framesTo("s1", "ack")).toEqual([
      { ok: true, replyto: 9, message: "delivered", type: "ack" },
    ]);
    expect(history.sessionIdFor("u-1")).not.toBe(before);
  });

  it("drops acks but still processes the message", () => {
    const { conversation, first, message, framesTo, faults } = setup();
    faults.dropAcks(1);
    conversation.handleFrame(first, message(1, "a"));
    conversation.handleFrame(first, message(2, "b"));
    vi.advanceTimersByTime(30);
    expect(framesTo("s1", "ack").map((ack) => ack.replyto)).toEqual([2]);
    expect(framesTo("s1", "bot_response")).toHaveLength(2);
    expect(conversation.received).toHaveLength(2);
  });

  it("delays acks and the reply after them", () => {
    const { conversation, first, message, framesTo, faults } = setup();
    faults.setAckDelay(500);
    conversation.handleFrame(first, message(1, "a"));
    vi.advanceTimersByTime(499);
    expect(framesTo("s1", "ack")).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(framesTo("s1", "ack")).toHaveLength(1);
    expect(framesTo("s1", "bot_response")).toEqual([]);
    vi.advanceTimersByTime(30);
    expect(framesTo("s1", "bot_response")).toHaveLength(1);
  });

  it("records how long it took to write the ack, ack delay included", () => {
    const { conversation, first, message, faults } = setup();
    conversation.handleFrame(first, message(1, "a"));
    faults.dropAcks(1);
    conversation.handleFrame(first, message(2, "b"));
    faults.setAckDelay(500);
    conversation.handleFrame(first, message(3, "c"));
    expect(conversation.received.map((m) => m.handlingMs)).toEqual([0, undefined, undefined]);
    vi.advanceTimersByTime(500);
    expect(conversation.received.map((m) => m.handlingMs)).toEqual([0, undefined, 500]);
  });

  it("stores known attachments as file components and echoes the platform's URL", () => {
    const { conversation, first, message, framesTo, history } = setup();
    const attachment = { fileName: "x.pdf", fileType: "document", fileId: "f-1", fileUrl: "evil" };
    conversation.handleFrame(
      first,
      message(4, "", { message: { body: "", attachments: [attachment] } }),
    );
    const file = {
      fileName: "report.pdf",
      fileType: "attachment",
      fileId: "f-1",
      fileUrl: report.url,
      size: 12_288,
    };
    expect(framesTo("s1", "ack")).toEqual([
      { ok: true, replyto: 4, message: "delivered", type: "ack" },
    ]);
    expect(framesTo("s2", "user_message")[0]?.message).toEqual({ body: "", attachments: [file] });
    expect(conversation.received[0]?.attachments).toEqual([file]);
    const [row] = history.rows("u-1", bot.taskBotId);
    expect(row?.components).toEqual([
      {
        _id: expect.stringMatching(/^cp-/),
        cT: "attachment",
        data: { text: "", fileId: "f-1", fileName: "report.pdf", url: report.url, size: 12_288 },
        thumbnails: [],
      },
    ]);
    vi.advanceTimersByTime(30);
    const [reply] = framesTo("s1", "bot_response");
    expect(JSON.stringify(reply?.message)).toContain("Thanks, I got report.pdf (12 KB).");
  });

  it("refuses a message with an attachment the user did not upload", () => {
    const { conversation, first, message, framesTo, history } = setup();
    for (const attachments of [[{ fileId: "nope" }], ["f-1"], [{ fileId: "f-1" }, { fileId: 7 }]]) {
      conversation.handleFrame(
        first,
        message(5, "look", { message: { body: "look", attachments } }),
      );
    }
    expect(framesTo("s1", "ack")).toEqual(
      Array(3).fill({ ok: false, replyto: 5, message: "Unknown attachment", type: "ack" }),
    );
    expect(framesTo("s2", "user_message")).toEqual([]);
    expect(conversation.received).toEqual([]);
    expect(history.rows("u-1", bot.taskBotId)).toEqual([]);
  });

  it("sends the demo file on 'send me a file'", () => {
    const { conversation, first, message, framesTo } = setup();
    conversation.handleFrame(first, message(6, "Send me a file!"));
    vi.advanceTimersByTime(30);
    const parts = framesTo("s1", "bot_response")[0]?.message as Array<{ component: unknown }>;
    expect(parts[1]?.component).toEqual({
      type: "document",
      payload: { url: guide.url, name: guide.fileName },
    });
  });

  it("cancels pending replies on close", () => {
    const { conversation, first, message, framesTo } = setup();
    conversation.handleFrame(first, message(1, "a"));
    conversation.close();
    vi.advanceTimersByTime(1_000);
    expect(framesTo("s1", "bot_response")).toEqual([]);
  });
});
