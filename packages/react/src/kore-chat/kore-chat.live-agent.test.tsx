import { createChatStore } from "@kore-chat/store";
import { FakeKoreClient } from "@kore-chat/store/testing";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { KoreChat } from "./kore-chat.js";

// The live agent and session features of PROTOCOL.md §§7–9 as the user sees them.

afterEach(cleanup);

/** Changes are drawn at most once per animation frame: let two pass. */
const drawn = async () => {
  for (let i = 0; i < 2; i += 1) {
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  }
};

const maya = { id: "agent-maya", firstName: "Maya", lastName: "Lopez", type: "AGENT" };

async function setup() {
  const client = new FakeKoreClient();
  const store = createChatStore({ client, agentStorage: null });
  const view = render(<KoreChat store={store} title="Support" />);
  act(() => client.emit("status", { status: "open", previous: "connecting", reconnected: false }));
  await drawn();
  const root = view.container.querySelector("[data-kore-chat]") as HTMLElement;
  const emit = async (message: Record<string, unknown>) => {
    act(() => client.emit("events", { type: "events", message: message as { type: string } }));
    await drawn();
  };
  return { client, store, root, emit };
}

describe("<KoreChat/> with a live agent", () => {
  it("shows the agent in the header, their typing, their message, and the line when they leave", async () => {
    const { client, root, emit } = await setup();
    expect(root.getAttribute("data-agent")).toBeNull();

    await emit({ type: "agent_connected", author: maya });
    expect(root.getAttribute("data-agent")).toBe("connected");
    const header = root.querySelector("header") as HTMLElement;
    expect(within(header).getByText("Maya Lopez")).toBeTruthy();
    expect(screen.getByText("Maya Lopez joined the chat")).toBeTruthy();

    await emit({ type: "typing", author: maya });
    const typing = root.querySelector('[data-typing="agent"]');
    expect(typing?.textContent).toContain("Maya Lopez is typing");
    expect(root.querySelector('[data-typing="bot"]')).toBeNull();

    act(() =>
      client.emit("bot_response", {
        type: "bot_response",
        messageId: "ms-a1",
        author: maya,
        message: [
          { type: "text", component: { type: "text", payload: { text: "Hi, I'm Maya." } } },
        ],
      }),
    );
    await drawn();
    expect(root.querySelector('[data-typing="agent"]')).toBeNull();
    const message = root.querySelector('[data-author="agent"]') as HTMLElement;
    expect(message.textContent).toContain("Hi, I'm Maya.");
    expect(message.textContent).toContain("Maya Lopez");

    await emit({ type: "agent_disconnected", author: maya });
    expect(root.getAttribute("data-agent")).toBeNull();
    expect(screen.getByText("Maya Lopez left the chat")).toBeTruthy();
  });

  it("marks the user's messages read, visibly", async () => {
    const { client, store, root, emit } = await setup();
    await emit({ type: "agent_connected", author: maya });
    let key = "";
    act(() => {
      key = store.actions.send("my question");
    });
    act(() => client.emit("ack", { type: "ack", ok: true, replyto: Number(key) }));
    await drawn();
    const mine = root.querySelector(`[data-message-id="${key}"]`) as HTMLElement;
    expect(mine.getAttribute("data-read")).toBeNull();
    await emit({ type: "message_read", clientMessageId: Number(key) });
    expect(mine.getAttribute("data-read")).toBe("true");
    expect(within(mine).getByText("Read")).toBeTruthy();
  });

  it("tells the agent the user types (once per burst) and stops on send", async () => {
    const { client, emit } = await setup();
    const field = screen.getByRole("textbox", { name: "Message" });
    fireEvent.change(field, { target: { value: "a" } });
    await drawn();
    expect(client.sentEvents).toEqual([]); // no agent: nothing to tell
    await emit({ type: "agent_connected", author: maya });
    fireEvent.change(field, { target: { value: "ab" } });
    await drawn();
    fireEvent.change(field, { target: { value: "abc" } });
    expect(client.sentEvents).toEqual([{ event: "typing" }]);
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    await drawn();
    expect(client.sentEvents).toEqual([{ event: "typing" }, { event: "stop_typing" }]);
  });

  it("Close chat ends the conversation, then asks the host to hide the widget", async () => {
    const client = new FakeKoreClient();
    const store = createChatStore({ client, agentStorage: null });
    let hidden = 0;
    render(<KoreChat store={store} title="Support" onClose={() => (hidden += 1)} />);
    act(() =>
      client.emit("status", { status: "open", previous: "connecting", reconnected: false }),
    );
    await drawn();
    fireEvent.click(screen.getByRole("button", { name: "Close chat" }));
    expect(client.conversationsEnded).toBe(1);
    expect(hidden).toBe(1);
  });

  it("ends the agent chat and the conversation from the header menu", async () => {
    const { client, root, emit } = await setup();
    await emit({ type: "agent_connected", author: maya });
    const options = screen.getByRole("button", { name: "Chat options" });
    expect(options.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(options);
    await drawn();
    expect(options.getAttribute("aria-expanded")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "End chat with agent" }));
    await drawn();
    expect(client.sentEvents).toEqual([{ event: "close_agent_chat" }]);
    expect(options.getAttribute("aria-expanded")).toBe("false");

    fireEvent.click(options);
    await drawn();
    fireEvent.click(screen.getByRole("button", { name: "End conversation" }));
    expect(client.conversationsEnded).toBe(1);
    const separator = root.querySelector('[data-notice="conversation_ended"]');
    expect(separator?.textContent).toBe("Conversation ended");
    expect(root.getAttribute("data-agent")).toBeNull();
  });

  it("closes the menu on Escape and gives focus back to its button", async () => {
    await setup();
    const options = screen.getByRole("button", { name: "Chat options" });
    fireEvent.click(options);
    await drawn();
    const end = screen.getByRole("button", { name: "End conversation" });
    fireEvent.keyDown(end, { key: "Escape" });
    await drawn();
    expect(options.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(options);
  });

  it("disables the menu's actions while offline", async () => {
    const { client } = await setup();
    act(() => client.emit("status", { status: "offline", previous: "open", reconnected: false }));
    await drawn();
    fireEvent.click(screen.getByRole("button", { name: "Chat options" }));
    await drawn();
    const end = screen.getByRole("button", { name: "End conversation" }) as HTMLButtonElement;
    expect(end.disabled).toBe(true);
  });
});

describe("<KoreChat/> with a streamed answer", () => {
  const chunk = (text: string, extra: Record<string, unknown> = {}) => ({
    type: "bot_response" as const,
    messageId: "ms-stream",
    sM: true,
    message: [{ type: "text", cInfo: { body: text } }],
    ...extra,
  });

  it("grows one message, hidden from screen readers until it ends", async () => {
    const { client, root } = await setup();
    act(() => client.emit("bot_response", chunk("Hello ")));
    await drawn();
    act(() => client.emit("bot_response", chunk("world")));
    await drawn();
    const messages = root.querySelectorAll('[data-author="bot"]');
    expect(messages).toHaveLength(1);
    const message = messages[0] as HTMLElement;
    expect(message.getAttribute("data-streaming")).toBe("true");
    expect(message.querySelector(".kc-part")?.getAttribute("aria-hidden")).toBe("true");
    expect(message.textContent).toContain("Hello world");
    expect(message.textContent).toContain("Bot is answering…");

    act(() => client.emit("bot_response", chunk("!", { endChunk: true })));
    await drawn();
    expect(message.getAttribute("data-streaming")).toBeNull();
    expect(message.querySelector(".kc-part")?.getAttribute("aria-hidden")).toBeNull();
    expect(message.textContent).toContain("Hello world!");
    expect(message.textContent).not.toContain("Bot is answering…");
  });
});
