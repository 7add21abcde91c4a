import type { Page } from "@playwright/test";
import { bannerText } from "./support/chat-page.js";
import { expect, test, uniqueText } from "./support/fixtures.js";
import type { SimulatorControl } from "./support/simulator-control.js";

/** Platform answers the page got, as `<path suffix> <status>` (e.g. `rtm/start 429`). */
function recordPlatformAnswers(page: Page): string[] {
  const answers: string[] = [];
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    for (const endpoint of ["rtm/start", "jwtgrant"]) {
      if (path.endsWith(`/${endpoint}`)) answers.push(`${endpoint} ${response.status()}`);
    }
  });
  return answers;
}

interface Trouble {
  readonly name: string;
  /** Starts the trouble for the user; it lasts until the user's faults are reset. */
  readonly start: (simulator: SimulatorControl, identity: string) => Promise<void>;
  /** How many failed attempts the client has made so far, as the page or simulator saw them. */
  readonly failedAttempts: (context: {
    readonly answers: readonly string[];
    readonly unusedSocketUrls: () => Promise<number>;
  }) => Promise<number> | number;
}

const count = (answers: readonly string[], answer: string) =>
  answers.filter((candidate) => candidate === answer).length;

// Each trouble holds until the test resets the faults: long enough to type a message into it.
const troubles: readonly Trouble[] = [
  {
    name: "429 with Retry-After on rtm/start",
    start: (simulator, identity) =>
      simulator.failNext(identity, "rtm/start", {
        status: 429,
        times: 1_000,
        retryAfterSeconds: 1,
      }),
    failedAttempts: ({ answers }) => count(answers, "rtm/start 429"),
  },
  {
    name: "503 on rtm/start",
    start: (simulator, identity) =>
      simulator.failNext(identity, "rtm/start", { status: 503, times: 1_000 }),
    failedAttempts: ({ answers }) => count(answers, "rtm/start 503"),
  },
  {
    // The access token is gone too, so the reconnect must go through jwtgrant.
    name: "429 with Retry-After on jwtgrant",
    start: async (simulator, identity) => {
      await simulator.expireTokens(identity);
      await simulator.failNext(identity, "jwtgrant", {
        status: 429,
        times: 1_000,
        retryAfterSeconds: 1,
      });
    },
    failedAttempts: ({ answers }) => count(answers, "jwtgrant 429"),
  },
  {
    name: "the socket upgrade refused",
    start: (simulator, identity) =>
      simulator.failNext(identity, "socket", { status: 503, times: 1_000 }),
    failedAttempts: ({ unusedSocketUrls }) => unusedSocketUrls(),
  },
  {
    name: "the socket URL expired before use",
    start: (simulator, identity) => simulator.expireSocketUrls(identity, 1_000),
    failedAttempts: ({ unusedSocketUrls }) => unusedSocketUrls(),
  },
];

for (const trouble of troubles) {
  test(`${trouble.name}: retried until it clears, "Reconnecting…" meanwhile, a message typed meanwhile delivered once`, async ({
    chat,
    identity,
    simulator,
  }) => {
    const answers = recordPlatformAnswers(chat.page);
    const urlsBefore = (await simulator.socketUrls(identity)).length;
    const unusedSocketUrls = async () =>
      (await simulator.socketUrls(identity)).slice(urlsBefore).filter((record) => !record.used)
        .length;

    await trouble.start(simulator, identity);
    expect(await simulator.dropSockets(identity)).toBe(1);
    await chat.expectConnection("reconnecting");
    await expect(chat.banner(bannerText.reconnecting)).toBeVisible();

    const text = uniqueText(`typed during ${trouble.name}`);
    await chat.send(text);
    const sent = chat.messagesBy("user", text);
    await expect(sent).toHaveAttribute("data-status", "pending");

    // Retried, more than once, and still reconnecting while the trouble lasts.
    await expect
      .poll(() => trouble.failedAttempts({ answers, unusedSocketUrls }))
      .toBeGreaterThanOrEqual(2);
    await chat.expectConnection("reconnecting");
    await expect(chat.banner(bannerText.reconnecting)).toBeVisible();
    expect((await simulator.received(identity)).filter((message) => message.body === text)).toEqual(
      [],
    );

    await simulator.reset(identity);

    await chat.expectConnection("open");
    await chat.expectNoConnectionBanner();
    await expect(sent).toHaveAttribute("data-status", "delivered");
    await expect(chat.messagesBy("bot", `You said: ${text}`)).toHaveCount(1);
    await expect(chat.messagesBy("user", text)).toHaveCount(1);
    const received = (await simulator.received(identity)).filter(
      (message) => message.body === text,
    );
    expect(received).toHaveLength(1);
    expect(String(received[0]?.clientMessageId)).toBe(await sent.getAttribute("data-message-id"));
    // The widget opened a socket again, with a URL of its own, after the trouble.
    const reopened = (await simulator.socketUrls(identity))
      .slice(urlsBefore)
      .filter((record) => record.used);
    expect(reopened).toEqual([expect.objectContaining({ isReconnect: true, claims: 1 })]);
  });
}
