import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test as base, expect } from "@playwright/test";
import { ChatPage, type ChatSurface } from "./chat-page.js";
import { SimulatorControl } from "./simulator-control.js";

interface ChatOptions {
  /** The widget build under test; each Playwright project sets it (see playwright.config.ts). */
  surface: ChatSurface;
}

interface ChatFixtures {
  /** A `ChatPage` for `page`, on this project's surface (not yet opened). */
  chatPageFor: (page: Page) => ChatPage;
  /** A user identity no other test (nor an earlier run on a reused server) has used. */
  identity: string;
  /** The chat of the default page, opened as `identity` and connected. */
  chat: ChatPage;
  simulator: SimulatorControl;
  /** Uncaught errors of every page in the test's context; the test fails if there are any. */
  pageErrors: Error[];
}

/** The seeded welcome conversation the simulator gives each new user (oldest first). */
export const welcomeHistory = [
  { author: "user", text: "hi" },
  { author: "bot", text: /Hello! I'm Demo Bot/ },
  { author: "user", text: "show quick_replies" },
  { author: "bot", text: /\S/ },
] as const;

/** A text no other message of the run contains, so counting it counts one message. */
export function uniqueText(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

/** Opens a chat page as `identity` and waits until it is connected with its history shown. */
export async function openChat(
  chat: ChatPage,
  identity: string,
  options: Parameters<ChatPage["open"]>[1] = {},
): Promise<ChatPage> {
  await chat.open(identity, options);
  await chat.expectConnection("open");
  await expect(chat.messages).toHaveCount(welcomeHistory.length);
  return chat;
}

export const test = base.extend<ChatFixtures & ChatOptions>({
  surface: ["page", { option: true }],
  chatPageFor: async ({ surface }, use) => {
    await use((page) => new ChatPage(page, surface));
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  identity: async ({}, use, testInfo) => {
    const slug = testInfo.titlePath
      .slice(1)
      .join("-")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-");
    await use(`e2e-${slug.slice(0, 40)}-${randomUUID().slice(0, 8)}@example.com`);
  },
  simulator: async ({ request, identity }, use) => {
    const simulator = new SimulatorControl(request);
    // The test's faults are its own user's (tests run side by side against one simulator):
    // start clean, and leave no fault armed even on failure.
    await simulator.reset(identity);
    await use(simulator);
    await simulator.reset(identity);
  },
  pageErrors: [
    async ({ context }, use) => {
      const errors: Error[] = [];
      context.on("weberror", (webError) => errors.push(webError.error()));
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  chat: async ({ page, identity, chatPageFor, simulator: _resetFaults }, use) => {
    await use(await openChat(chatPageFor(page), identity));
  },
});

export { expect };
