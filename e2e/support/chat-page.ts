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

/** The banner texts of the DOM contract. */
export const bannerText = {
  reconnecting: "Reconnecting…",
  offline: "Offline — messages will be sent when you're back",
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

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator("[data-kore-chat]");
    this.log = this.root.getByRole("log");
    this.messages = this.log.locator("[data-message-id]");
    this.input = this.root.getByRole("textbox", { name: "Message", exact: true });
    this.sendButton = this.root.getByRole("button", { name: "Send", exact: true });
  }

  /** Opens the page as `identity` (the playground's `?user=`). */
  async open(identity: string): Promise<void> {
    await this.page.goto(`/?${new URLSearchParams({ user: identity })}`);
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
