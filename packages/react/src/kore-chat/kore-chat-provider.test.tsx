import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import type { ChatStore, ChatStoreOptions } from "@kore-chat/store";
import { type Scheduler, silentLogger, systemScheduler } from "@kore-chat/transport";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { StrictMode, useEffect } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useChatStore } from "./hooks.js";
import { KoreChat } from "./kore-chat.js";
import type { KoreChatConnection } from "./kore-chat-props.js";
import { KoreChatProvider } from "./kore-chat-provider.js";

// The widget's own client and store, against the real simulator over real HTTP and sockets
// (happy-dom's fetch and WebSocket). Every store the widget creates is recorded, to see what
// it was given and whether it was destroyed.
const created = vi.hoisted(
  () => [] as Array<{ options: ChatStoreOptions; store: ChatStore; destroyed: number }>,
);
vi.mock("@kore-chat/store", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@kore-chat/store")>();
  return {
    ...actual,
    createChatStore(options: ChatStoreOptions): ChatStore {
      const store = actual.createChatStore(options);
      const record = { options, store, destroyed: 0 };
      created.push(record);
      return {
        ...store,
        destroy() {
          record.destroyed += 1;
          store.destroy();
        },
      };
    },
  };
});

let sim: SimulatorHandle;
const identity = "lifecycle@example.com";

beforeEach(async () => {
  created.length = 0;
  sim = await startSimulator({ port: 0, botReplyDelayMs: 5 });
});
afterEach(async () => {
  cleanup();
  await pause(20); // the widget ends its connection right after unmount
  await sim.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function connection(overrides: Partial<KoreChatConnection> = {}): KoreChatConnection {
  return {
    apiHost: sim.url,
    botInfo: { ...sim.bot }, // a new, equal object on every render, as hosts write it
    getJWT: () => sim.signUserJwt(identity),
    logger: silentLogger,
    outboxStorage: null,
    backoff: { initialDelayMs: 50, maxDelayMs: 500 },
    ...overrides,
  } as KoreChatConnection;
}

/** A scheduler that knows which of its timers are still pending. */
function trackedScheduler(): { scheduler: Scheduler; pending: Set<unknown> } {
  const pending = new Set<unknown>();
  const scheduler: Scheduler = {
    setTimeout(callback, delayMs) {
      const handle = systemScheduler.setTimeout(() => {
        pending.delete(handle);
        callback();
      }, delayMs);
      pending.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      pending.delete(handle);
      systemScheduler.clearTimeout(handle);
    },
    now: () => Date.now(),
  };
  return { scheduler, pending };
}

const statusOf = () => document.querySelector("[data-kore-chat]")?.getAttribute("data-connection");
const untilOpen = () => waitFor(() => expect(statusOf()).toBe("open"), { timeout: 8_000 });

/** The store the hooks see, for the test to look at. */
function StoreProbe({ onStore }: { onStore: (store: ChatStore) => void }) {
  onStore(useChatStore());
  return null;
}

// Real sockets on a machine that may be busy: room beyond the 8 s waits below.
const slow = { timeout: 20_000 };

/** Runs `run` in a passive effect: after the frame is painted. */
function AfterPaint({ run }: { readonly run: () => void }) {
  useEffect(run, [run]);
  return null;
}

describe("<KoreChat/> owns its connection", slow, () => {
  it("under StrictMode connects once: one JWT, one rtm/start, one socket", async () => {
    const getJWT = vi.fn(() => sim.signUserJwt(identity));
    render(
      <StrictMode>
        <KoreChat {...connection({ getJWT })} title="Support" />
      </StrictMode>,
    );
    await untilOpen();
    await pause(300); // room for a second connection, if one were coming
    expect(sim.socketUrls).toHaveLength(1);
    expect(sim.openSocketCount()).toBe(1);
    expect(getJWT).toHaveBeenCalledTimes(1);
  });

  it("asks for the JWT as its first render is committed, before the browser paints it", async () => {
    const getJWT = vi.fn(() => sim.signUserJwt(identity));
    // A passive effect runs after the frame is painted, every layout effect before it: by the
    // time the passive effect of a sibling drawn before the widget runs (so before the widget's
    // own passive effects), the token request must be on its way.
    let askedBeforePaint: boolean | undefined;
    const afterPaint = () => {
      askedBeforePaint = getJWT.mock.calls.length > 0;
    };
    render(
      <>
        <AfterPaint run={afterPaint} />
        <KoreChat {...connection({ getJWT })} title="Support" />
      </>,
    );
    expect(askedBeforePaint).toBe(true);
    await untilOpen();
  });

  it("on unmount closes the socket and destroys the store: no timer is left", async () => {
    const { scheduler, pending } = trackedScheduler();
    const stores = new Set<ChatStore>();
    const { unmount } = render(
      <StrictMode>
        <KoreChatProvider {...connection({ scheduler })}>
          <StoreProbe onStore={(store) => stores.add(store)} />
        </KoreChatProvider>
      </StrictMode>,
    );
    await waitFor(() => expect(sim.openSocketCount()).toBe(1), { timeout: 8_000 });
    expect(pending.size).toBeGreaterThan(0); // the keep-alive ping, at least
    expect(stores.size).toBe(1);
    const [store] = stores;
    const record = created.find((candidate) => candidate.store.actions === store?.actions);
    unmount();
    await waitFor(() => expect(sim.openSocketCount()).toBe(0));
    expect(record?.destroyed).toBe(1);
    expect(pending.size).toBe(0);
  });

  it("renders on a server without a request, a socket or a timer", async () => {
    vi.useFakeTimers();
    try {
      const getJWT = vi.fn(async () => "jwt");
      const fetch = vi.fn(async () => new Response("{}"));
      const WebSocket = vi.fn();
      const html = renderToString(
        <KoreChat
          {...connection({ getJWT, fetch, WebSocket: WebSocket as never })}
          title="Support"
        />,
      );
      await Promise.resolve();
      expect(html).toContain('data-connection="idle"');
      expect(html).toContain("Support");
      expect(getJWT).not.toHaveBeenCalled();
      expect(fetch).not.toHaveBeenCalled();
      expect(WebSocket).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("uses a new getJWT for the next JWT, without reconnecting for it", async () => {
    const first = vi.fn(() => sim.signUserJwt(identity));
    const second = vi.fn(() => sim.signUserJwt(identity));
    const { rerender } = render(<KoreChat {...connection({ getJWT: first })} />);
    await untilOpen();
    rerender(<KoreChat {...connection({ getJWT: second })} />);
    await pause(100);
    expect(sim.socketUrls).toHaveLength(1);
    sim.faults.expireTokens();
    sim.faults.dropSockets();
    await waitFor(() => expect(second).toHaveBeenCalled(), { timeout: 8_000 });
    await untilOpen();
    expect(first).toHaveBeenCalledTimes(1);
    expect(sim.openSocketCount()).toBe(1);
  });

  it("asks a new jwtUrl, with the latest jwtRequestBody, for the next JWT", async () => {
    const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
      globalThis.fetch(input, init),
    );
    const jwtOptions = (path: string) =>
      ({
        getJWT: undefined,
        jwtUrl: `${sim.url}${path}`,
        jwtRequestBody: { identity }, // a new object on every render
        fetch,
      }) as unknown as Partial<KoreChatConnection>;
    const jwtRequests = () =>
      fetch.mock.calls.map(([input]) => String(input)).filter((url) => url.includes("/demo/jwt"));
    const { rerender } = render(<KoreChat {...connection(jwtOptions("/demo/jwt?first"))} />);
    await untilOpen();
    rerender(<KoreChat {...connection(jwtOptions("/demo/jwt?second"))} />);
    sim.faults.expireTokens();
    sim.faults.dropSockets();
    await waitFor(() => expect(jwtRequests()).toContain(`${sim.url}/demo/jwt?second`), {
      timeout: 8_000,
    });
    await untilOpen();
    expect(jwtRequests().filter((url) => url.endsWith("?first"))).toHaveLength(1);
    expect(sim.socketUrls).toHaveLength(2); // the drop's reconnection, no new connection
  });

  it("makes exactly one new connection for a new botInfo value, none for an equal object", async () => {
    const { rerender } = render(<KoreChat {...connection()} />);
    await untilOpen();
    rerender(<KoreChat {...connection()} botInfo={{ ...sim.bot }} />);
    await pause(200);
    expect(sim.socketUrls).toHaveLength(1);
    expect(created.filter((record) => record.destroyed > 0)).toHaveLength(0);

    rerender(<KoreChat {...connection()} botInfo={{ ...sim.bot, chatBot: "Renamed Bot" }} />);
    await waitFor(() => expect(sim.socketUrls).toHaveLength(2), { timeout: 8_000 });
    await untilOpen();
    await waitFor(() => expect(sim.openSocketCount()).toBe(1));
    await pause(300);
    expect(sim.socketUrls).toHaveLength(2);
    expect(sim.openSocketCount()).toBe(1);
    expect(created.filter((record) => record.destroyed > 0)).toHaveLength(1);
  });

  it("moves its one socket to a new apiHost", async () => {
    const other = await startSimulator({ port: 0 });
    try {
      const { rerender } = render(<KoreChat {...connection()} />);
      await untilOpen();
      rerender(<KoreChat {...connection()} apiHost={other.url} />);
      await waitFor(() => expect(other.openSocketCount()).toBe(1), { timeout: 8_000 });
      await waitFor(() => expect(sim.openSocketCount()).toBe(0));
      await untilOpen();
      expect(sim.socketUrls).toHaveLength(1);
      expect(other.socketUrls).toHaveLength(1);
    } finally {
      cleanup();
      await pause(20);
      await other.close();
    }
  });

  it("applies new locale, strings, theme and callbacks without reconnecting", async () => {
    const firstOnChange = vi.fn();
    const secondOnChange = vi.fn();
    const { rerender, container } = render(
      <KoreChat {...connection()} onConnectionChange={firstOnChange} />,
    );
    await untilOpen();
    expect(screen.getByRole("button", { name: "Send" })).toBeTruthy();
    rerender(
      <KoreChat
        {...connection()}
        locale="de"
        strings={{ send: "Abschicken" }}
        theme={{ accent: "rebeccapurple" }}
        onConnectionChange={secondOnChange}
      />,
    );
    const root = container.querySelector<HTMLElement>("[data-kore-chat]");
    expect(root?.getAttribute("lang")).toBe("de");
    expect(root?.style.getPropertyValue("--kc-accent")).toBe("rebeccapurple");
    expect(screen.getByRole("button", { name: "Abschicken" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Nachricht" })).toBeTruthy();
    await pause(100);
    expect(sim.socketUrls).toHaveLength(1);

    const callsBefore = firstOnChange.mock.calls.length;
    sim.faults.dropSockets();
    await waitFor(() => expect(secondOnChange).toHaveBeenCalledWith("open"), { timeout: 8_000 });
    expect(secondOnChange.mock.calls[0]?.[0]).toBe("reconnecting");
    expect(firstOnChange.mock.calls.length).toBe(callsBefore);
  });
});

describe("the QueryClient of history pages", slow, () => {
  const historyQueries = (queryClient: QueryClient) =>
    queryClient.getQueryCache().findAll({ queryKey: ["kore-chat"] });

  it("is the host's QueryClientProvider's when there is one", async () => {
    const queryClient = new QueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <KoreChat {...connection()} />
      </QueryClientProvider>,
    );
    await untilOpen();
    expect(created.at(-1)?.options.queryClient).toBe(queryClient);
    await waitFor(
      () => expect(historyQueries(queryClient).some((query) => query.state.data)).toBe(true),
      { timeout: 8_000 },
    );
    queryClient.clear();
  });

  it("is the queryClient prop's when given, over the provider's", async () => {
    const hosts = new QueryClient();
    const given = new QueryClient();
    render(
      <QueryClientProvider client={hosts}>
        <KoreChatProvider {...connection()} queryClient={given}>
          <StoreProbe onStore={() => {}} />
        </KoreChatProvider>
      </QueryClientProvider>,
    );
    await waitFor(() => expect(sim.openSocketCount()).toBe(1), { timeout: 8_000 });
    expect(created.at(-1)?.options.queryClient).toBe(given);
    await waitFor(() => expect(historyQueries(given).length).toBeGreaterThan(0));
    expect(historyQueries(hosts)).toHaveLength(0);
    given.clear();
  });

  it("is the store's own without either", async () => {
    render(<KoreChat {...connection()} />);
    await untilOpen();
    expect(created.at(-1)?.options).not.toHaveProperty("queryClient");
  });
});
