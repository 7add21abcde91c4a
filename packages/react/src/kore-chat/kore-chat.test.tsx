import { createChatStore } from "@kore-chat/store";
import { FakeKoreClient } from "@kore-chat/store/testing";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useConnection, useConversation, useSendMessage } from "./hooks.js";
import { KoreChat } from "./kore-chat.js";
import { KoreChatProvider } from "./kore-chat-provider.js";

afterEach(cleanup);

const setup = () => {
  const client = new FakeKoreClient();
  const store = createChatStore({ client });
  return { client, store };
};

const buttonTurn = {
  type: "bot_response" as const,
  messageId: "ms-b1",
  message: [
    {
      type: "text",
      component: {
        type: "template",
        payload: {
          type: "template",
          payload: {
            template_type: "button",
            text: "Pick one",
            buttons: [{ type: "postback", title: "Button1", payload: "payload1" }],
          },
        },
      },
    },
  ],
};

describe("<KoreChat/>", () => {
  it("follows the DOM contract: root, connection status, log, Message field and Send button", () => {
    const { client, store } = setup();
    const { container } = render(<KoreChat store={store} title="Support" />);
    const root = container.querySelector("[data-kore-chat]");
    expect(root?.getAttribute("data-connection")).toBe("idle");
    act(() =>
      client.emit("status", { status: "open", previous: "connecting", reconnected: false }),
    );
    expect(root?.getAttribute("data-connection")).toBe("open");
    expect(screen.getByRole("log")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Message" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Send" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Support" })).toBeTruthy();
  });

  it("sends what the user types and shows it pending, then delivered", async () => {
    const { client, store } = setup();
    render(<KoreChat store={store} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Message" }), {
      target: { value: "hello" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));
    expect(client.sent.map((s) => s.text)).toEqual(["hello"]);
    const id = String(client.sent[0]?.id);
    const log = screen.getByRole("log");
    const bubble = log.querySelector(`[data-message-id="${id}"]`);
    expect(bubble?.getAttribute("data-author")).toBe("user");
    expect(bubble?.getAttribute("data-status")).toBe("pending");
    act(() => client.emit("ack", { type: "ack", ok: true, replyto: Number(id) }));
    // A second change before the next animation frame is drawn in that frame.
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(log.querySelector(`[data-message-id="${id}"]`)?.getAttribute("data-status")).toBe(
      "delivered",
    );
  });

  it("a template button sends its payload and shows its title as the user's bubble", () => {
    const { client, store } = setup();
    render(<KoreChat store={store} />);
    act(() => client.emit("bot_response", buttonTurn));
    fireEvent.click(within(screen.getByRole("log")).getByRole("button", { name: "Button1" }));
    expect(client.sent).toEqual([
      expect.objectContaining({ text: "payload1", renderMsg: "Button1" }),
    ]);
    expect(screen.getByRole("log").textContent).toContain("Button1");
  });

  it("lets the host render its own template types", () => {
    const { client, store } = setup();
    render(
      <KoreChat
        store={store}
        templates={{ button: ({ part }) => <p>custom {part.templateType}</p> }}
      />,
    );
    act(() => client.emit("bot_response", buttonTurn));
    expect(screen.getByText("custom button")).toBeTruthy();
  });

  it("calls the host back on connection changes, errors and new live messages", () => {
    const { client, store } = setup();
    const onConnectionChange = vi.fn();
    const onMessage = vi.fn();
    const onError = vi.fn();
    render(
      <KoreChat
        store={store}
        onConnectionChange={onConnectionChange}
        onMessage={onMessage}
        onError={onError}
      />,
    );
    act(() =>
      client.emit("status", { status: "connecting", previous: "idle", reconnected: false }),
    );
    act(() => client.emit("bot_response", buttonTurn));
    const error = Object.assign(new Error("rejected"), { code: "jwt_rejected" }) as never;
    act(() =>
      client.emit("status", {
        status: "failed",
        previous: "connecting",
        reconnected: false,
        error,
      }),
    );
    expect(onConnectionChange.mock.calls.map(([status]) => status)).toEqual([
      "connecting",
      "failed",
    ]);
    expect(onMessage).toHaveBeenCalledWith(
      expect.objectContaining({ key: "ms-b1", author: "bot" }),
    );
    expect(onError).toHaveBeenCalledWith(error);
  });

  it("offers Retry when the connection failed, which connects again", () => {
    const { client, store } = setup();
    render(<KoreChat store={store} />);
    const error = Object.assign(new Error("rejected"), { code: "jwt_rejected" }) as never;
    act(() =>
      client.emit("status", {
        status: "failed",
        previous: "connecting",
        reconnected: false,
        error,
      }),
    );
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(client.connects).toBe(1);
  });

  it("applies theme tokens as CSS custom properties and its styles without a style attribute in markup", () => {
    const { store } = setup();
    const { container } = render(
      <KoreChat store={store} theme={{ accent: "rebeccapurple" }} dir="rtl" />,
    );
    const root = container.querySelector<HTMLElement>("[data-kore-chat]");
    expect(root?.style.getPropertyValue("--kc-accent")).toBe("rebeccapurple");
    expect(root?.getAttribute("dir")).toBe("rtl");
    const adopted = document.adoptedStyleSheets?.length ?? 0;
    const styleTags = document.querySelectorAll("style").length;
    expect(adopted + styleTags).toBeGreaterThan(0);
  });
});

// A host's own UI, built from the hooks alone.
function TinyChat() {
  const messages = useConversation();
  const send = useSendMessage();
  const { status } = useConnection();
  return (
    <div data-status={status}>
      <button type="button" onClick={() => send("ping")}>
        say ping
      </button>
      <ul>
        {messages.map((message) => (
          <li key={message.key}>{message.author}</li>
        ))}
      </ul>
    </div>
  );
}

const carouselTurn = {
  type: "bot_response" as const,
  messageId: "ms-c1",
  message: [
    {
      type: "text",
      component: {
        type: "template",
        payload: {
          type: "template",
          payload: {
            template_type: "carousel",
            elements: [{ title: "Hut" }, { title: "Mütze" }],
          },
        },
      },
    },
  ],
};

describe("<KoreChat locale/>", () => {
  it("shows German texts for de-AT, left to right", () => {
    const { client, store } = setup();
    const { container } = render(<KoreChat store={store} locale="de-AT" />);
    const root = container.querySelector("[data-kore-chat]");
    expect(root?.getAttribute("lang")).toBe("de-AT");
    expect(root?.getAttribute("dir")).toBe("ltr");
    expect(screen.getByRole("textbox", { name: "Nachricht" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Senden" })).toBeTruthy();
    expect(screen.getByRole("log", { name: "Unterhaltung" })).toBeTruthy();
    act(() => client.emit("bot_response", carouselTurn));
    expect(screen.getByRole("button", { name: "Nächste Karte" })).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "1 von 2" })).toBeTruthy();
  });

  it("mirrors for Arabic: dir=rtl on the root and Arabic names, carousel included", () => {
    const { client, store } = setup();
    const { container } = render(<KoreChat store={store} locale="ar" />);
    expect(container.querySelector("[data-kore-chat]")?.getAttribute("dir")).toBe("rtl");
    expect(screen.getByRole("textbox", { name: "رسالة" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "إرسال" })).toBeTruthy();
    act(() => client.emit("bot_response", carouselTurn));
    expect(screen.getByRole("button", { name: "البطاقة السابقة" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "البطاقة التالية" })).toBeTruthy();
    expect(screen.getByRole("listitem", { name: "2 من 2" })).toBeTruthy();
  });

  it("lets strings override the locale's texts and dir override its direction", () => {
    const { store } = setup();
    const { container } = render(
      <KoreChat store={store} locale="ar" dir="ltr" strings={{ send: "Go" }} />,
    );
    expect(container.querySelector("[data-kore-chat]")?.getAttribute("dir")).toBe("ltr");
    expect(screen.getByRole("button", { name: "Go" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "رسالة" })).toBeTruthy();
  });

  it("falls back to English for an unknown locale and leaves dir to the page without one", () => {
    const { store } = setup();
    render(<KoreChat store={store} locale="xx" />);
    expect(screen.getByRole("button", { name: "Send" })).toBeTruthy();
    cleanup();
    const { container } = render(<KoreChat store={store} />);
    expect(container.querySelector("[data-kore-chat]")?.hasAttribute("dir")).toBe(false);
  });
});

describe("hooks for a host's own UI", () => {
  it("read and drive the same store", () => {
    const { client, store } = setup();
    render(
      <KoreChatProvider store={store}>
        <TinyChat />
      </KoreChatProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "say ping" }));
    expect(client.sent.map((s) => s.text)).toEqual(["ping"]);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["user"]);
  });

  it("explain themselves outside a provider", () => {
    expect(() => render(<TinyChat />)).toThrow(/inside <KoreChatProvider>/);
  });
});
