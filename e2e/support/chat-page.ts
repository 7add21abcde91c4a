import type { Locator, Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** The statuses a widget root shows in `data-connection`. */
export type ConnectionStatus =
  | "idle"
  | "connecting"
  | "open"
  | "reconnecting"
  | "offline"
  | "closed"
  | "failed";

export type Author = "user" | "bot" | "agent" | "system";

/**
 * Which build of the widget a test drives: `page` is the playground's React app, `embed` the
 * one-script embed (rendered with preact/compat) on a plain page, opened from its launcher.
 */
export type ChatSurface = "page" | "embed";

/** The banner texts of the DOM contract. */
export const bannerText = {
  reconnecting: "Reconnecting…",
  offline: "Offline — messages will be sent when you're back",
  failed: "Can't connect to the chat",
} as const;

/**
 * The chat widget as its DOM contract describes it, and nothing more, so the same tests
 * drive the plain playground page today and the React widget later:
 * - a root with `data-kore-chat` and `data-connection="<status>"`;
 * - a `role="log"` list whose messages carry `data-message-id`, `data-author` and, for the
 *   user's own, `data-status="pending" | "delivered" | "failed"`;
 * - a composer: a text field named "Message" and a button named "Send";
 * - a `role="status"` banner saying "Reconnecting…" or "Offline — …" (hidden or empty when open).
 *
 * @example
 * const chat = new ChatPage(page);
 * await chat.open("alice@example.com");
 * await chat.send("hello");
 */
export class ChatPage {
  readonly page: Page;
  readonly root: Locator;
  readonly log: Locator;
  readonly messages: Locator;
  readonly input: Locator;
  readonly sendButton: Locator;

  readonly surface: ChatSurface;
  #identity: string | undefined;

  constructor(page: Page, surface: ChatSurface = "page") {
    this.page = page;
    this.surface = surface;
    this.root = page.locator("[data-kore-chat]");
    this.log = this.root.getByRole("log");
    this.messages = this.log.locator("[data-message-id]");
    this.input = this.root.getByRole("textbox", { name: "Message", exact: true });
    this.sendButton = this.root.getByRole("button", { name: "Send", exact: true });
  }

  /**
   * Opens the widget as `identity` (the playground's `?user=`); the embed from its launcher.
   * `options` are more query parameters both pages honour (`keepAliveMs`).
   */
  async open(identity: string, options: { keepAliveMs?: number } = {}): Promise<void> {
    this.#identity = identity;
    const query = new URLSearchParams({ user: identity });
    if (options.keepAliveMs !== undefined) query.set("keepAliveMs", String(options.keepAliveMs));
    if (this.surface === "page") {
      await this.page.goto(`/?${query}`);
      return;
    }
    await this.page.goto(`/embed.html?${query}`);
    await this.openPanel();
  }

  /** The user `open` opened the chat as (whose records the simulator keeps); throws before. */
  get identity(): string {
    if (this.#identity === undefined) throw new Error("The chat was not opened as anyone yet");
    return this.#identity;
  }

  /** Opens the embed's panel from its launcher, unless the tab remembered it open. */
  async openPanel(): Promise<void> {
    const launcher = this.page.locator(".kce-launcher");
    await expect(launcher).toBeAttached(); // hidden while open on a phone
    if ((await launcher.getAttribute("aria-expanded")) !== "true") await launcher.click();
  }

  /** Reloads the page; the embed remembers its open panel for the tab (session storage). */
  async reload(): Promise<void> {
    await this.page.reload();
    if (this.surface === "embed") await expect(this.root).toBeVisible();
  }

  async expectConnection(status: ConnectionStatus): Promise<void> {
    await expect(this.root).toHaveAttribute("data-connection", status);
  }

  /** Messages of one author, optionally only those whose text contains `text`. */
  messagesBy(author: Author, text?: string | RegExp): Locator {
    const byAuthor = this.log.locator(`[data-message-id][data-author="${author}"]`);
    return text === undefined ? byAuthor : byAuthor.filter({ hasText: text });
  }

  /** The visible banner saying `text`. */
  banner(text: string): Locator {
    return this.root.getByRole("status").filter({ hasText: text });
  }

  /** Resolves once no reconnecting/offline banner is visible. */
  async expectNoConnectionBanner(): Promise<void> {
    await expect(this.banner(bannerText.reconnecting)).toHaveCount(0);
    await expect(this.banner(bannerText.offline)).toHaveCount(0);
  }

  /** Types `text` into the composer and presses Send. */
  async send(text: string): Promise<void> {
    await this.input.fill(text);
    await this.sendButton.click();
  }
}
