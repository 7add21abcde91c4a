import type { EventsFrame } from "@kore-chat/transport";
import { describe, expect, it } from "vitest";
import { mergeHistory } from "../conversation/conversation.js";
import { type ChatAction, chatReducer, startsBotTyping } from "./chat-reducer.js";
import { type ChatState, initialHistoryState, noAgent } from "./chat-state.js";

const t0 = Date.parse("2026-03-01T10:00:00Z");
const initial: ChatState = {
  messages: [],
  connection: "open",
  connectionError: undefined,
  botTyping: false,
  history: initialHistoryState,
  userId: "u-me",
  answered: {},
  agent: noAgent,
  sessionId: undefined,
  attachments: { drafts: [], rejections: [] },
  branding: undefined,
};

const reduce = (state: ChatState, ...actions: ChatAction[]) => actions.reduce(chatReducer, state);
const sent = (clientMessageId: number, text: string, answers?: string): ChatAction => ({
  type: "sent",
  send: {
    clientMessageId,
    body: text,
    parts: [{ kind: "text", text }],
    createdAt: t0 + clientMessageId,
  },
  answers,
});
const event = (message: EventsFrame["message"], at = t0): ChatAction => ({
  type: "event_received",
  event: message,
  at,
});
const alex = { firstName: "Alex", lastName: "Agent", type: "AGENT" };
const agentTurn = (platformId: string, author: "agent" | "bot" = "agent"): ChatAction => ({
  type: "bot_turn_received",
  turn: {
    platformId,
    author,
    parts: [{ kind: "text", text: platformId }],
    createdAt: t0 + 100,
  },
});

describe("chatReducer: nothing changed, the same state", () => {
  const connectedAgent = reduce(initial, event({ type: "agent_connected", author: alex }));
  const cases: Array<[string, ChatState, ChatAction]> = [
    ["typing_expired when the bot is not typing", initial, { type: "typing_expired" }],
    ["an event type the widget does not know", initial, event({ type: "something_new" })],
    [
      "a history_changed equal to the current",
      initial,
      { type: "history_changed", history: { status: "idle", hasMore: false, error: undefined } },
    ],
    [
      "a connection_changed equal to the current",
      initial,
      { type: "connection_changed", status: "open", error: undefined, userId: "u-me" },
    ],
    [
      "an ack of a message it does not have",
      initial,
      { type: "acknowledged", clientMessageId: 9, ok: true, at: t0 },
    ],
    ["an empty history page", initial, { type: "history_received", messages: [] }],
    ["agent_disconnected with no agent", initial, event({ type: "agent_disconnected" })],
    ["agent_session_inactive with no agent", initial, event({ type: "agent_session_inactive" })],
    [
      "typing from the bot, not an agent",
      connectedAgent,
      event({ type: "typing", author: { type: "BOT" } }),
    ],
    ["typing without an author", connectedAgent, event({ type: "typing" })],
    [
      "stoptyping when the agent is not typing",
      connectedAgent,
      event({ type: "stoptyping", author: alex }),
    ],
    [
      "a receipt without a message id",
      reduce(initial, sent(1, "hi")),
      event({ type: "message_read" }),
    ],
    [
      "a receipt for a message it does not have",
      reduce(initial, sent(1, "hi")),
      event({ type: "message_delivered", clientMessageId: 2 }),
    ],
    [
      "the same agent connected again",
      connectedAgent,
      event({ type: "agent_session_active", author: alex }),
    ],
  ];
  it.each(cases)("%s", (_name, state, action) => {
    expect(chatReducer(state, action)).toBe(state);
  });

  it("a new history state with other fields is a new state", () => {
    const history = { status: "loading" as const, hasMore: false, error: undefined };
    const next = chatReducer(initial, { type: "history_changed", history });
    expect(next).not.toBe(initial);
    expect(next.history).toBe(history);
    expect(chatReducer(next, { type: "history_changed", history: { ...history } })).toBe(next);
  });
});

describe("chatReducer: sends", () => {
  it("records the template a send answers, and starts the bot typing", () => {
    const next = chatReducer(initial, sent(1, "2026-03-02", "ms-date-picker"));
    expect(next.answered).toEqual({ "ms-date-picker": true });
    expect(next.botTyping).toBe(true);
    expect(next.messages).toMatchObject([{ key: "1", author: "user", status: "pending" }]);
    expect(initial.answered).toEqual({}); // pure

    const again = chatReducer(next, sent(2, "again", "ms-date-picker"));
    expect(again.answered).toBe(next.answered);
    const other = chatReducer(again, sent(3, "plain"));
    expect(other.answered).toBe(next.answered);
    expect(other.messages).toHaveLength(3);
  });

  it("says which actions start the typing timeout", () => {
    expect(startsBotTyping(sent(1, "hi"))).toBe(true);
    expect(startsBotTyping({ type: "bot_waiting" })).toBe(true);
    expect(startsBotTyping({ type: "typing_expired" })).toBe(false);
    expect(startsBotTyping(agentTurn("ms-1"))).toBe(false);
  });
});

describe("chatReducer: live agent events", () => {
  it("agent_connected and agent_session_active connect an agent, named from the author", () => {
    expect(chatReducer(initial, event({ type: "agent_connected", author: alex })).agent).toEqual({
      connected: true,
      name: "Alex Agent",
      typing: false,
    });
    const active = chatReducer(
      initial,
      event({ type: "agent_session_active", author: { firstName: "Sam", type: "agent" } }),
    );
    expect(active.agent).toEqual({ connected: true, name: "Sam", typing: false });
    const nameless = chatReducer(initial, event({ type: "agent_session_active" }));
    expect(nameless.agent).toMatchObject({ connected: true, typing: false });
    expect(nameless.agent.name).toBeUndefined();
    // A bare repeat for the agent already shown keeps the agent's name.
    const connected = chatReducer(initial, event({ type: "agent_connected", author: alex }));
    const repeated = chatReducer(connected, event({ type: "agent_session_active" }));
    expect(repeated).toBe(connected);
  });

  it("agent_disconnected and agent_session_inactive take the agent away", () => {
    const connected = chatReducer(initial, event({ type: "agent_connected", author: alex }));
    expect(chatReducer(connected, event({ type: "agent_disconnected" })).agent).toEqual(noAgent);
    expect(chatReducer(connected, event({ type: "agent_session_inactive" })).agent).toEqual(
      noAgent,
    );
  });

  it("shows the agent typing (only an AGENT author's typing) until stoptyping", () => {
    const connected = chatReducer(initial, event({ type: "agent_connected", author: alex }));
    const typing = chatReducer(connected, event({ type: "typing", author: alex }));
    expect(typing.agent).toEqual({ connected: true, name: "Alex Agent", typing: true });
    expect(chatReducer(typing, event({ type: "typing", author: alex }))).toBe(typing);
    const stopped = chatReducer(typing, event({ type: "stoptyping", author: alex }));
    expect(stopped.agent.typing).toBe(false);
    expect(chatReducer(typing, event({ type: "stoptyping", author: { type: "BOT" } }))).toBe(
      typing,
    );
  });

  it("an agent's turn ends the agent's typing, a bot's turn does not", () => {
    const typing = reduce(
      initial,
      event({ type: "agent_connected", author: alex }),
      event({ type: "typing", author: alex }),
    );
    const answered = chatReducer(typing, agentTurn("ms-agent-1"));
    expect(answered.agent).toEqual({ connected: true, name: "Alex Agent", typing: false });
    expect(answered.messages).toMatchObject([
      { author: "system", notice: { kind: "agent_joined", name: "Alex Agent" } },
      { platformId: "ms-agent-1", author: "agent" },
    ]);
    expect(chatReducer(typing, agentTurn("ms-bot-1", "bot")).agent.typing).toBe(true);
  });
});

describe("chatReducer: the lines an agent joining and leaving adds", () => {
  it("adds one line when the agent joins and one when they leave, none for repeats", () => {
    const state = reduce(
      initial,
      event({ type: "agent_connected", author: alex }, t0 + 1),
      // The platform says it again on every new socket: no second line.
      event({ type: "agent_connected", author: alex }, t0 + 2),
      event({ type: "agent_disconnected" }, t0 + 3),
      event({ type: "agent_session_inactive" }, t0 + 4),
    );
    expect(state.messages.map((message) => [message.createdAt, message.notice])).toEqual([
      [t0 + 1, { kind: "agent_joined", name: "Alex Agent" }],
      [t0 + 3, { kind: "agent_left", name: "Alex Agent" }],
    ]);
    expect(state.messages.every((message) => message.author === "system")).toBe(true);
  });

  it("keeps the agent's avatar from the author, only as an http(s) URL", () => {
    const withAvatar = chatReducer(
      initial,
      event({
        type: "agent_connected",
        author: { ...alex, profileIcon: "https://desk.test/a.png" },
      }),
    );
    expect(withAvatar.agent.avatar).toBe("https://desk.test/a.png");
    const unsafe = chatReducer(
      initial,
      event({ type: "agent_connected", author: { ...alex, profileIcon: "javascript:alert(1)" } }),
    );
    expect(unsafe.agent.avatar).toBeUndefined();
  });

  it("ending the conversation adds a line, forgets the agent and the session", () => {
    const state = reduce(
      { ...initial, sessionId: "s-1" },
      event({ type: "agent_connected", author: alex }),
      { type: "conversation_ended", at: t0 + 10 },
    );
    expect(state.agent).toEqual(noAgent);
    expect(state.sessionId).toBeUndefined();
    expect(state.messages.at(-1)).toMatchObject({
      author: "system",
      notice: { kind: "conversation_ended" },
      createdAt: t0 + 10,
    });
  });
});

describe("chatReducer: agent receipts", () => {
  const withMessages = () => {
    const sends = reduce(initial, sent(1, "first"), sent(2, "second"));
    // A user message from history (another session's, before this one): no clientMessageId.
    return {
      ...sends,
      messages: mergeHistory(sends.messages, [
        {
          platformId: "ms-old",
          author: "user",
          body: "from before",
          parts: [{ kind: "text", text: "from before" }],
          createdAt: t0 - 60_000,
        },
        {
          platformId: "ms-bot",
          author: "bot",
          parts: [{ kind: "text", text: "a bot reply" }],
          createdAt: t0 - 59_000,
        },
      ]),
    };
  };
  const receipts = (state: ChatState) =>
    Object.fromEntries(state.messages.map((message) => [message.key, message.receipt]));

  it("marks the one message a receipt names", () => {
    const next = chatReducer(
      withMessages(),
      event({ type: "message_delivered", clientMessageId: 1 }),
    );
    expect(receipts(next)).toEqual({
      "ms-old": undefined,
      "ms-bot": undefined,
      "1": "delivered",
      "2": undefined,
    });
    const read = chatReducer(next, event({ type: "message_read", clientMessageId: 2 }));
    expect(receipts(read)).toMatchObject({ "1": "delivered", "2": "read" });
  });

  it('marks every user message of this session for "all"', () => {
    const delivered = chatReducer(
      withMessages(),
      event({ type: "message_delivered", clientMessageId: "all" }),
    );
    expect(receipts(delivered)).toEqual({
      "ms-old": undefined,
      "ms-bot": undefined,
      "1": "delivered",
      "2": "delivered",
    });
    const read = chatReducer(delivered, event({ type: "message_read", clientMessageId: "all" }));
    expect(receipts(read)).toMatchObject({ "1": "read", "2": "read" });
  });

  it("never goes back from read to delivered", () => {
    const read = chatReducer(withMessages(), event({ type: "message_read", clientMessageId: 1 }));
    expect(chatReducer(read, event({ type: "message_delivered", clientMessageId: 1 }))).toBe(read);
    const all = chatReducer(read, event({ type: "message_delivered", clientMessageId: "all" }));
    expect(receipts(all)).toMatchObject({ "1": "read", "2": "delivered" });
    expect(chatReducer(all, event({ type: "message_read", clientMessageId: 1 }))).toBe(all);
  });
});
