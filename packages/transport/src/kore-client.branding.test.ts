import { describe, expect, it } from "vitest";
import { createClientHarness, settle } from "./testing/client-harness.js";

const PATH = "/api/websdkthemes/st-test/activetheme";

const theme = {
  general: {
    themeType: "dark",
    bot_icon: "https://cdn.test/bot.png",
    colors: { primary: "#0f766e", secondary: "rgb(204, 251, 241)", primary_text: "#0b1f1d" },
  },
  header: { title: { name: "  Helpdesk  " }, icon: { icon_url: "https://cdn.test/header.png" } },
  welcome_screen: {
    show: true,
    title: { name: "Welcome" },
    sub_title: { name: "How can we help?" },
    starter_box: {
      show: true,
      quick_start_buttons: {
        show: true,
        buttons: [
          { title: "Help", action: { type: "postback", value: "help" } },
          { title: "Site", action: { type: "url", value: "https://kore.ai" } },
          { title: 42, action: { value: "bad title" } },
          { title: "Plain", action: { value: "plain" } },
        ],
      },
    },
  },
  body: {
    background: { type: "color", color: "#ffffff" },
    user_message: { bg_color: "#0f766e", color: "#fff" },
    bot_message: { bg_color: "#f0fdfa80", color: "rgb(11 31 29 / 90%)" },
  },
};

function withBranding(answer: { status: number; body?: unknown } | "network") {
  const h = createClientHarness();
  h.platform.route(PATH, () => {
    if (answer === "network") throw new TypeError("Failed to fetch");
    return answer;
  });
  return h;
}

describe("KoreClient.fetchBranding (PROTOCOL.md §11)", () => {
  it("GETs the active theme with the bearer token and returns it typed and sanitized", async () => {
    const h = withBranding({ status: 200, body: { activeTheme: true, v3: theme } });
    const branding = await h.client.fetchBranding?.();
    const [request] = h.platform.requestsTo(PATH);
    expect(request?.method).toBe("GET");
    expect(request?.headers.authorization).toMatch(/^bearer token-\d+$/);
    expect(branding).toEqual({
      themeType: "dark",
      colors: {
        primary: "#0f766e",
        secondary: "rgb(204, 251, 241)",
        primaryText: "#0b1f1d",
        background: "#ffffff",
        userBubble: "#0f766e",
        userBubbleText: "#fff",
        botBubble: "#f0fdfa80",
        botBubbleText: "rgb(11 31 29 / 90%)",
      },
      botIcon: "https://cdn.test/bot.png",
      title: "Helpdesk",
      welcome: {
        title: "Welcome",
        subtitle: "How can we help?",
        // A url action and a button without a text title are left out.
        starters: [
          { title: "Help", payload: "help" },
          { title: "Plain", payload: "plain" },
        ],
      },
    });
  });

  it("shares the connection's grant: one jwtgrant for both", async () => {
    const h = withBranding({ status: 200, body: { activeTheme: false, v3: theme } });
    await h.connectAndOpen();
    await h.client.fetchBranding?.();
    expect(h.platform.requestsTo("/jwtgrant")).toHaveLength(1);
    expect(h.client.status).toBe("open");
  });

  it.each([
    ["activeTheme false", { status: 200, body: { activeTheme: false, v3: theme } }],
    ["an empty body", { status: 200, body: undefined }],
    ["a body cut short", { status: 200, body: '{"activeTheme": tru' }],
    ["no activeTheme", { status: 200, body: { v3: theme } }],
    ["a list", { status: 200, body: [] }],
    ["a 500", { status: 500, body: { errors: [{ msg: "boom", code: 500 }] } }],
    ["a 404", { status: 404 }],
  ] as const)("is undefined for %s, once", async (_name, answer) => {
    const h = withBranding(answer);
    await expect(h.client.fetchBranding?.()).resolves.toBeUndefined();
    expect(h.platform.requestsTo(PATH)).toHaveLength(1);
  });

  it("is undefined for a network error and when the grant fails; it never throws", async () => {
    const h = withBranding("network");
    await expect(h.client.fetchBranding?.()).resolves.toBeUndefined();
    const noJwt = createClientHarness({ getJWT: () => Promise.reject(new Error("no JWT")) });
    await expect(noJwt.client.fetchBranding?.()).resolves.toBeUndefined();
    expect(noJwt.platform.requestsTo(PATH)).toHaveLength(0);
  });

  it("drops bad colours, non-http(s) icons and empty or overlong texts; keeps the rest", async () => {
    const h = withBranding({
      status: 200,
      body: {
        activeTheme: true,
        v3: {
          general: {
            themeType: "sepia",
            bot_icon: "javascript:alert(1)",
            colors: {
              primary: "red; background: url(https://evil.test)",
              secondary: "#12345",
              primary_text: "rgb(1, 2)",
            },
          },
          header: {
            title: { name: "x".repeat(500) },
            icon: { icon_url: "data:image/png;base64,AA" },
          },
          welcome_screen: { show: false, title: { name: "Hidden" } },
          body: {
            background: { color: "expression(alert(1))" },
            user_message: { bg_color: "#abc", color: 7 },
            bot_message: "not an object",
          },
        },
      },
    });
    const branding = await h.client.fetchBranding?.();
    expect(branding?.themeType).toBeUndefined();
    expect(branding?.botIcon).toBeUndefined();
    expect(branding?.welcome).toBeUndefined();
    expect(branding?.title).toBe("x".repeat(120));
    expect(Object.values(branding?.colors ?? {}).filter(Boolean)).toEqual(["#abc"]);
  });

  it("is cancelled by its signal", async () => {
    const asked: AbortSignal[] = [];
    const h = createClientHarness({
      fetch: (input, init) => {
        if (!String(input).endsWith(PATH)) return h.platform.fetch(input, init);
        const signal = init?.signal as AbortSignal;
        asked.push(signal);
        return new Promise((_resolve, reject) =>
          signal.addEventListener("abort", () => reject(signal.reason)),
        );
      },
    });
    const controller = new AbortController();
    const pending = h.client.fetchBranding?.(controller.signal);
    await settle();
    expect(asked).toHaveLength(1);
    controller.abort();
    await expect(pending).resolves.toBeUndefined();
    // Aborted before it began: nothing is asked.
    await expect(h.client.fetchBranding?.(controller.signal)).resolves.toBeUndefined();
    expect(asked).toHaveLength(1);
  });
});
