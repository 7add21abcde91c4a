import { createChatStore } from "@kore-chat/store";
import { FakeKoreClient, historyPage } from "@kore-chat/store/testing";
import type { Branding } from "@kore-chat/transport";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { KoreChat } from "./kore-chat.js";

afterEach(cleanup);

const branding: Branding = {
  themeType: "dark",
  colors: { primary: "#0f766e", secondary: "#ccfbf1", userBubbleText: "#fefefe" },
  botIcon: "https://cdn.test/bot.png",
  title: "Simulator Helpdesk",
  welcome: {
    title: "Welcome to the simulator",
    subtitle: "Pick a starter",
    starters: [{ title: "What can you do?", payload: "help" }],
  },
};

const frame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));

async function connected(client = new FakeKoreClient()) {
  client.answerBranding = async () => branding;
  const store = createChatStore({ client });
  return { client, store };
}

async function open(client: FakeKoreClient) {
  act(() => client.emit("status", { status: "open", previous: "connecting", reconnected: false }));
  await frame();
  await frame();
}

const rootOf = (container: HTMLElement) =>
  container.querySelector<HTMLElement>("[data-kore-chat]") as HTMLElement;

describe("<KoreChat brandFromPlatform>", () => {
  it("applies the platform's look once the socket is open; without the prop nothing changes", async () => {
    const { client, store } = await connected();
    const { container, rerender } = render(<KoreChat store={store} />);
    await open(client);
    expect(client.brandingRequests).toHaveLength(0);
    const root = rootOf(container);
    expect(root.style.getPropertyValue("--kc-accent")).toBe("");

    rerender(<KoreChat store={store} brandFromPlatform />);
    await frame();
    expect(client.brandingRequests).toHaveLength(1);
    expect(root.style.getPropertyValue("--kc-accent")).toBe("#0f766e");
    // White reads better on the teal accent; the platform's bubble text is kept.
    expect(root.style.getPropertyValue("--kc-accent-text")).toBe("#ffffff");
    expect(root.style.getPropertyValue("--kc-bubble-user-bg")).toBe("#0f766e");
    expect(root.style.getPropertyValue("--kc-bubble-user-text")).toBe("#fefefe");
    expect(root.style.getPropertyValue("--kc-surface")).toBe("#ccfbf1");
    expect(root.getAttribute("data-color-scheme")).toBe("dark");
    expect(screen.getByRole("heading", { name: "Simulator Helpdesk" })).toBeTruthy();
    expect(root.getAttribute("aria-label")).toBe("Simulator Helpdesk");
    expect(container.querySelector(".kc-header-avatar")?.getAttribute("src")).toBe(
      "https://cdn.test/bot.png",
    );
  });

  it("lets the host's theme, title, avatar and colour scheme win", async () => {
    const { client, store } = await connected();
    const { container } = render(
      <KoreChat
        store={store}
        brandFromPlatform
        theme={{ accent: "#7c2d12" }}
        title="Host title"
        avatar="https://host.test/me.png"
        colorScheme="dark"
      />,
    );
    await open(client);
    const root = rootOf(container);
    expect(root.style.getPropertyValue("--kc-accent")).toBe("#7c2d12");
    // The platform's text colour was for its own accent: not kept under the host's.
    expect(root.style.getPropertyValue("--kc-accent-text")).toBe("");
    expect(root.style.getPropertyValue("--kc-surface")).toBe("#ccfbf1");
    expect(screen.getByRole("heading", { name: "Host title" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Simulator Helpdesk" })).toBeNull();
    expect(container.querySelector(".kc-header-avatar")?.getAttribute("src")).toBe(
      "https://host.test/me.png",
    );
  });

  it("drops the platform's colours under the other colour scheme the host fixed", async () => {
    const { client, store } = await connected();
    const { container } = render(<KoreChat store={store} brandFromPlatform colorScheme="light" />);
    await open(client);
    const root = rootOf(container);
    expect(root.getAttribute("data-color-scheme")).toBe("light");
    expect(root.style.getPropertyValue("--kc-accent")).toBe("");
    expect(screen.getByRole("heading", { name: "Simulator Helpdesk" })).toBeTruthy();
  });
});

describe("the welcome screen", () => {
  it("shows the platform's before the first message; a starter sends its payload; it goes", async () => {
    const { client, store } = await connected();
    render(<KoreChat store={store} brandFromPlatform />);
    await open(client);
    const welcome = screen.getByRole("region", { name: "Welcome to the simulator" });
    expect(within(welcome).getByText("Pick a starter")).toBeTruthy();
    const starters = within(welcome).getByRole("list", { name: "Conversation starters" });
    fireEvent.click(within(starters).getByRole("button", { name: "What can you do?" }));
    expect(client.sent).toEqual([
      expect.objectContaining({ text: "help", renderMsg: "What can you do?" }),
    ]);
    await frame();
    expect(screen.queryByRole("region", { name: "Welcome to the simulator" })).toBeNull();
    expect(within(screen.getByRole("log")).getByText("What can you do?")).toBeTruthy();
  });

  it("prefers the host's welcome, and welcome={false} shows none", async () => {
    const { client, store } = await connected();
    const { rerender } = render(
      <KoreChat
        store={store}
        brandFromPlatform
        welcome={{ title: "Hello from the host", starters: [{ title: "Hours", payload: "hours" }] }}
      />,
    );
    await open(client);
    expect(screen.getByRole("heading", { name: "Hello from the host" })).toBeTruthy();
    expect(screen.queryByText("Welcome to the simulator")).toBeNull();
    rerender(<KoreChat store={store} brandFromPlatform welcome={false} />);
    expect(screen.queryByRole("heading", { name: "Hello from the host" })).toBeNull();
    expect(screen.queryByText("Welcome to the simulator")).toBeNull();
  });

  it("is not shown while history holds messages", async () => {
    const client = new FakeKoreClient();
    client.answerHistory = async () =>
      historyPage([{ id: "h1", type: "outgoing", text: "Earlier answer", at: Date.now() - 1000 }]);
    const store = createChatStore({ client });
    render(<KoreChat store={store} welcome={{ title: "Hi there" }} />);
    await open(client);
    expect(screen.getByText("Earlier answer")).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Hi there" })).toBeNull();
  });
});
