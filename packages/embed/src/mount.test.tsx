import { englishStrings, germanStrings, type KoreChatStrings, locales } from "@kore-chat/react";
import {
  type BotResponseFrame,
  type ClientMessageId,
  type ConnectionStatus,
  checkFiles,
  defaultAttachmentRules,
  type FileFacts,
  type HeadStartOptions,
  type HistoryPage,
  type KoreClient,
  type KoreClientEvents,
  type UploadedFile,
} from "@kore-chat/transport";
import { afterEach, describe, expect, it, vi } from "vitest";
import KoreChat from "./index.js";
import { englishLauncherStrings } from "./launcher-labels.js";
import type { ConnectModule } from "./module-registry.js";
import { type KoreChatWidget, type MountDependencies, mountWidget } from "./mount.js";
import type { MountOptions } from "./mount-options.js";
import { mountPanel, withFirstJwt } from "./panel/mount-panel.js";
import type { PanelContext, PanelModule } from "./panel-contract.js";
import { version } from "./version.js";

type Listener = (payload: never) => void;

/** A client with no network: the test plays the platform by emitting events. */
class FakeClient implements KoreClient {
  status: ConnectionStatus = "idle";
  readonly botInfo = { chatBot: "Demo", taskBotId: "st-1" };
  userInfo = { userId: "u-me" };
  readonly restoredMessages = [];
  connects = 0;
  closes = 0;
  readonly sent: string[] = [];
  readonly #listeners = new Map<string, Set<Listener>>();
  connect() {
    this.connects += 1;
  }
  close() {
    this.closes += 1;
  }
  send(text: string): ClientMessageId {
    this.sent.push(text);
    return this.sent.length;
  }
  retry() {
    return false;
  }
  sessionId: string | undefined = undefined;
  conversationsEnded = 0;
  sendEvent() {
    return this.status === "open";
  }
  endConversation() {
    if (this.status !== "open") return false;
    this.conversationsEnded += 1;
    return true;
  }
  readonly attachmentRules = defaultAttachmentRules;
  checkFiles<F extends FileFacts>(files: readonly F[], alreadyAttached = 0) {
    return checkFiles(files, this.attachmentRules, alreadyAttached);
  }
  upload(): Promise<UploadedFile> {
    return Promise.reject(new Error("no uploads in these tests"));
  }
  identify() {
    return Promise.resolve(this.userInfo);
  }
  fetchHistory(): Promise<HistoryPage> {
    return Promise.resolve({ total: 0, moreAvailable: false, messages: [], rejectedRows: 0 });
  }
  on<K extends keyof KoreClientEvents>(event: K, listener: (payload: KoreClientEvents[K]) => void) {
    const listeners = this.#listeners.get(event) ?? new Set();
    listeners.add(listener as Listener);
    this.#listeners.set(event, listeners);
    return () => listeners.delete(listener as Listener);
  }
  emit<K extends keyof KoreClientEvents>(event: K, payload: KoreClientEvents[K]) {
    for (const listener of this.#listeners.get(event) ?? [])
      (listener as (payload: KoreClientEvents[K]) => void)(payload);
  }
  listenerCount() {
    return [...this.#listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

const botTurn = (messageId: string, text: string): BotResponseFrame => ({
  type: "bot_response",
  messageId,
  message: [
    { type: "text", component: { type: "text", payload: { text } }, cInfo: { body: text } },
  ],
});

const options = (extra: Partial<MountOptions> = {}): MountOptions =>
  ({
    apiHost: "https://bots.example.com",
    botInfo: { chatBot: "Demo", taskBotId: "st-1" },
    jwtUrl: "/jwt",
    ...extra,
  }) as MountOptions;

// Renders land on the next task (store events, and the panel's first drawing).
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The panel at hand, as a bundler's import gives it: drawn the moment it is asked for. */
const panelModule: PanelModule = { version, frameCss: "", mountPanel };
/** The built-in catalogues, served as the script's separate files would be. */
const loadCatalogue = (url: string) =>
  Promise.resolve(locales[/locales\/([\w-]+)\.js$/.exec(url)?.[1] ?? ""] ?? {});
const fakeDependencies = (client: FakeClient): MountDependencies => ({
  createClient: () => client,
  loadPanel: () => panelModule,
  loadCatalogue,
});

const widgets: KoreChatWidget[] = [];
/**
 * A widget whose panel is fetched at once (`preload: "eager"` unless `extra` says otherwise),
 * once the panel has been drawn (in the task after mount).
 */
async function mountFake(extra: Partial<MountOptions> = {}) {
  const client = new FakeClient();
  const widget = mountWidget(options({ preload: "eager", ...extra }), fakeDependencies(client));
  widgets.push(widget);
  const hosts = document.querySelectorAll("[data-kore-chat-embed]");
  const host = hosts[hosts.length - 1] as HTMLElement;
  const shadow = host.shadowRoot as ShadowRoot;
  const launcher = () => shadow.querySelector("button.kce-launcher") as HTMLButtonElement;
  const panel = () => shadow.querySelector(".kce-panel") as HTMLElement;
  const unreadText = () => shadow.querySelector(".kce-launcher + [role=status]")?.textContent;
  await settle();
  return { client, widget, host, shadow, launcher, panel, unreadText };
}

const emitBotTurn = async (client: FakeClient, messageId: string, text: string) => {
  client.emit("bot_response", botTurn(messageId, text));
  await settle();
};

afterEach(() => {
  window.sessionStorage.clear();
  for (const widget of widgets.splice(0)) widget.unmount();
  document.body.replaceChildren();
});

describe("KoreChat global", () => {
  it("is frozen, with mount and a version", async () => {
    expect(Object.isFrozen(KoreChat)).toBe(true);
    expect(typeof KoreChat.mount).toBe("function");
    expect(typeof KoreChat.version).toBe("string");
    expect(() => {
      (KoreChat as { mount: unknown }).mount = () => {};
    }).toThrow(TypeError);
  });
});

describe("mount", () => {
  it("renders into an open shadow root with adopted stylesheets and no <style>", async () => {
    const { shadow, host } = await mountFake();
    expect(host.parentElement).toBe(document.body);
    expect(host.getAttribute("data-placement")).toBe("floating");
    expect(shadow.mode).toBe("open");
    expect(shadow.adoptedStyleSheets.length).toBeGreaterThanOrEqual(2);
    expect(shadow.querySelector("style")).toBeNull();
    expect(document.head.querySelector("style")).toBeNull();
    expect(shadow.querySelector("[data-kore-chat]")).not.toBeNull();
  });

  it("connects its client and sends through the store", async () => {
    const { client, widget } = await mountFake({ open: true });
    expect(client.connects).toBe(1);
    widget.send("Hello");
    expect(client.sent).toEqual(["Hello"]);
  });

  it("endConversation() ends the platform session and shows the line", async () => {
    const { client, widget, shadow } = await mountFake({ open: true });
    expect(widget.endConversation()).toBe(false); // not connected yet: nothing sent
    client.status = "open";
    client.emit("status", { status: "open", previous: "connecting", reconnected: false });
    expect(widget.endConversation()).toBe(true);
    expect(client.conversationsEnded).toBe(1);
    await settle();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(shadow.querySelector('[data-notice="conversation_ended"]')).not.toBeNull();
    widget.unmount();
    expect(() => widget.endConversation()).toThrow(/after unmount/);
  });

  it("toggles the panel from the launcher, with aria-expanded and its name", async () => {
    const { launcher, panel } = await mountFake();
    expect(launcher().getAttribute("aria-expanded")).toBe("false");
    expect(launcher().getAttribute("aria-label")).toBe("Open chat");
    expect(launcher().getAttribute("aria-controls")).toBe(panel().id);
    expect(panel().hidden).toBe(true);
    launcher().click();
    expect(launcher().getAttribute("aria-expanded")).toBe("true");
    expect(launcher().getAttribute("aria-label")).toBe("Minimise chat");
    expect(panel().hidden).toBe(false);
    launcher().click();
    expect(launcher().getAttribute("aria-expanded")).toBe("false");
    expect(panel().hidden).toBe(true);
  });

  it("remembers the open panel and the draft for the next page of the tab, per bot", async () => {
    const first = await mountFake();
    first.launcher().click();
    const field = first.shadow.querySelector("textarea") as HTMLTextAreaElement;
    // As typing does: the value's own setter (React tracks it), then an input event.
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set?.call(
      field,
      "half a question",
    );
    field.dispatchEvent(new Event("input", { bubbles: true }));
    first.widget.unmount();

    const next = await mountFake();
    expect(next.panel().hidden).toBe(false);
    expect((next.shadow.querySelector("textarea") as HTMLTextAreaElement).value).toBe(
      "half a question",
    );
    // The visitor's choice wins over open: true; another bot keeps its own.
    next.launcher().click();
    next.widget.unmount();
    expect((await mountFake({ open: true })).panel().hidden).toBe(true);
    const otherBot = await mountFake({
      botInfo: { chatBot: "Other", taskBotId: "st-2" },
      open: true,
    });
    expect(otherBot.panel().hidden).toBe(false);
  });

  it("shows the Message sound toggle off by default, and remembers the visitor's choice", async () => {
    const first = await mountFake({ open: true });
    const toggle = () =>
      first.shadow.querySelector(
        '.kc-header button[aria-label="Message sound"]',
      ) as HTMLButtonElement;
    expect(toggle().getAttribute("aria-pressed")).toBe("false");
    toggle().click();
    await settle();
    expect(toggle().getAttribute("aria-pressed")).toBe("true");
    first.widget.unmount();
    const next = await mountFake({ open: true });
    expect(
      next.shadow
        .querySelector('.kc-header button[aria-label="Message sound"]')
        ?.getAttribute("aria-pressed"),
    ).toBe("true");
  });

  it("keeps nothing with remember: false, and copes with storage that throws", async () => {
    const { launcher, widget } = await mountFake({ remember: false });
    launcher().click();
    widget.unmount();
    expect(window.sessionStorage.length).toBe(0);
    const blocked = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("blocked");
      },
    } as unknown as Storage;
    const widgetOnBlocked = mountWidget(options(), {
      ...fakeDependencies(new FakeClient()),
      sessionStorage: () => blocked,
    });
    widgets.push(widgetOnBlocked);
    expect(() => widgetOnBlocked.open()).not.toThrow();
  });

  it("minimises from the header, and Close chat ends the conversation and hides the panel", async () => {
    const { client, shadow, panel, launcher } = await mountFake({ open: true });
    const header = (name: string) =>
      shadow.querySelector(`.kc-header button[aria-label="${name}"]`) as HTMLButtonElement;
    header("Minimise chat").click();
    expect(panel().hidden).toBe(true);
    launcher().click();
    header("Larger window").click();
    await settle();
    expect(panel().hasAttribute("data-expanded")).toBe(true);
    expect(header("Larger window").getAttribute("aria-pressed")).toBe("true");
    client.status = "open";
    client.emit("status", { status: "open", previous: "connecting", reconnected: false });
    header("Close chat").click();
    expect(client.conversationsEnded).toBe(1);
    expect(panel().hidden).toBe(true);
    expect(shadow.activeElement).toBe(launcher());
  });

  it("opens at once with open: true, and open()/close() move focus in and back", async () => {
    const { widget, shadow, launcher, panel } = await mountFake({ open: true });
    expect(panel().hidden).toBe(false);
    widget.close();
    expect(panel().hidden).toBe(true);
    widget.open();
    expect(shadow.activeElement?.tagName).toBe("TEXTAREA");
    expect(panel().contains(shadow.activeElement)).toBe(true);
    widget.close();
    expect(shadow.activeElement).toBe(launcher());
  });

  it("counts live bot messages while closed, and clears the count on open", async () => {
    const { client, launcher, unreadText, shadow } = await mountFake();
    expect(launcher().getAttribute("aria-describedby")).toBeNull();
    await emitBotTurn(client, "m-1", "one");
    await emitBotTurn(client, "m-2", "two");
    await emitBotTurn(client, "m-3", "three");
    expect(unreadText()).toBe("3 unread messages");
    expect(shadow.querySelector(".kce-badge")?.textContent).toBe("3");
    const describedBy = launcher().getAttribute("aria-describedby") ?? "";
    expect(shadow.getElementById(describedBy)?.textContent).toBe("3 unread messages");
    launcher().click();
    expect(shadow.querySelector(".kce-badge")).toBeNull();
    expect(unreadText()).toBe("");
    await emitBotTurn(client, "m-4", "four"); // read while open: not unread
    launcher().click();
    expect(shadow.querySelector(".kce-badge")).toBeNull();
    await emitBotTurn(client, "m-5", "five");
    expect(unreadText()).toBe("1 unread message");
  });

  it("keeps two widgets on one page independent", async () => {
    const first = await mountFake();
    const second = await mountFake();
    expect(first.host).not.toBe(second.host);
    expect(first.panel().id).not.toBe(second.panel().id);
    await emitBotTurn(first.client, "m-1", "for the first");
    expect(first.unreadText()).toBe("1 unread message");
    expect(second.unreadText()).toBe("");
    second.launcher().click();
    expect(second.panel().hidden).toBe(false);
    expect(first.panel().hidden).toBe(true);
    second.widget.send("only second");
    expect(second.client.sent).toEqual(["only second"]);
    expect(first.client.sent).toEqual([]);
    first.widget.unmount();
    expect(second.host.isConnected).toBe(true);
    expect(second.shadow.querySelector("[data-kore-chat]")).not.toBeNull();
  });

  it("unmount removes the host, stops listening and closes the client", async () => {
    const { widget, client, host } = await mountFake();
    expect(client.listenerCount()).toBeGreaterThan(0);
    widget.unmount();
    expect(host.isConnected).toBe(false);
    expect(client.closes).toBe(1);
    expect(client.listenerCount()).toBe(0);
    widget.unmount(); // twice is harmless
    expect(client.closes).toBe(1);
    expect(() => widget.send("late")).toThrow(/after unmount/);
  });

  it("a first render that throws leaves nothing behind: no host, no listener, client closed", async () => {
    const client = new FakeClient();
    const theme = {
      get accent(): string {
        throw new Error("a host's theme getter broke");
      },
    };
    const reported: unknown[] = [];
    vi.stubGlobal("reportError", (error: unknown) => reported.push(error));
    try {
      widgets.push(mountWidget(options({ theme, preload: "eager" }), fakeDependencies(client)));
      await settle(); // the panel draws in the task after mount
    } finally {
      vi.unstubAllGlobals();
    }
    expect(String(reported[0])).toMatch(/theme getter broke/);
    expect(document.querySelector("[data-kore-chat-embed]")).toBeNull();
    expect(client.connects).toBe(1); // the connection starts before the render…
    expect(client.closes).toBe(1); // …and is closed with everything else
    expect(client.listenerCount()).toBe(0);
  });

  it("unmount leaves no timer behind (the typing indicator's included)", async () => {
    vi.useFakeTimers();
    try {
      const widget = mountWidget(options({ open: true }), fakeDependencies(new FakeClient()));
      vi.advanceTimersByTime(0); // the panel draws in the task after mount
      widget.send("Hello"); // the bot is "typing" for up to 10 s
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      widget.unmount();
      vi.runAllTicks();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("takes locale: the chat and the launcher speak it, right to left for Arabic", async () => {
    const { client, shadow, launcher, unreadText } = await mountFake({
      locale: "ar",
      assetsUrl: "/",
    });
    await settle();
    expect(launcher().getAttribute("aria-label")).toBe("فتح الدردشة");
    expect(shadow.querySelector(".kce-widget")?.getAttribute("dir")).toBe("rtl");
    const root = shadow.querySelector("[data-kore-chat]");
    expect(root?.getAttribute("dir")).toBe("rtl");
    expect(root?.getAttribute("lang")).toBe("ar");
    expect(shadow.querySelector(".kc-send")?.textContent).toBe("إرسال");
    await emitBotTurn(client, "m-1", "one");
    await emitBotTurn(client, "m-2", "two");
    expect(unreadText()).toBe("رسالتان غير مقروءتين");
    launcher().click();
    expect(launcher().getAttribute("aria-label")).toBe("تصغير الدردشة");
  });

  it("lets strings, then launcherLabels, override the locale's launcher texts", async () => {
    const { launcher } = await mountFake({
      assetsUrl: "/",
      locale: "de-AT",
      strings: { minimizeChat: "Zu" },
      launcherLabels: { open: "Hilfe" },
    });
    await settle();
    expect(launcher().getAttribute("aria-label")).toBe("Hilfe");
    launcher().click();
    expect(launcher().getAttribute("aria-label")).toBe("Zu");
  });

  describe("with English alone in the script (as dist/kore-chat.js is built)", () => {
    const mountLoading = (
      extra: Partial<MountOptions>,
      load: (url: string) => Promise<KoreChatStrings>,
    ) => {
      const client = new FakeClient();
      const requested: string[] = [];
      const widget = mountWidget(options(extra), {
        ...fakeDependencies(client),
        loadCatalogue: (url) => {
          requested.push(url);
          return load(url);
        },
      });
      widgets.push(widget);
      const shadow = document.querySelector("[data-kore-chat-embed]")?.shadowRoot as ShadowRoot;
      const launcher = () => shadow.querySelector<HTMLButtonElement>("button.kce-launcher");
      return { client, widget, shadow, launcher, requested };
    };

    it("loads the locale's catalogue next to the script and draws once it is there; calls wait", async () => {
      let arrive: (catalogue: KoreChatStrings) => void = () => {};
      const { client, widget, shadow, launcher, requested } = mountLoading(
        { locale: "de-AT", assetsUrl: "https://cdn.example.com/chat/" },
        () => new Promise((resolve) => (arrive = resolve)),
      );
      expect(requested).toEqual(["https://cdn.example.com/chat/locales/de.js"]);
      expect(launcher()).toBeNull(); // no English flash before the German texts
      widget.open();
      expect(widget.send("Hallo")).toBeUndefined(); // waits for the panel
      expect(client.connects).toBe(0);
      arrive(germanStrings);
      await settle(); // the launcher, and the panel it fetches at once (open() was called)…
      await settle(); // …drawn in the task after
      expect(launcher()?.getAttribute("aria-label")).toBe("Chat minimieren");
      expect(shadow.querySelector(".kc-send")?.textContent).toBe("Senden");
      expect(shadow.activeElement?.classList.contains("kc-composer-field")).toBe(true);
      expect(client.sent).toEqual(["Hallo"]);
    });

    // (Here @kore-chat/react still holds every catalogue, so the texts drawn are French anyway;
    // in the built script they are English. What matters: the widget is drawn, the host told.)
    it("draws the launcher when the catalogue does not load, and says so in the console", async () => {
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      const { launcher } = mountLoading({ locale: "fr", assetsUrl: "/static/" }, () =>
        Promise.reject(new Error("404")),
      );
      expect(launcher()).toBeNull();
      await settle();
      expect(launcher()).not.toBeNull();
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('"fr" catalogue'),
        expect.any(Error),
      );
      warn.mockRestore();
    });

    it("asks for assetsUrl when it cannot tell where the script came from", async () => {
      expect(() => mountLoading({ locale: "ja" }, () => Promise.resolve(englishStrings))).toThrow(
        /assetsUrl is required/,
      );
      expect(document.querySelector("[data-kore-chat-embed]")).toBeNull();
    });

    it("needs nothing for English or a language it does not ship", async () => {
      const { launcher, requested } = mountLoading({ locale: "pt-BR" }, () =>
        Promise.resolve(englishStrings),
      );
      expect(requested).toEqual([]);
      expect(launcher()?.getAttribute("aria-label")).toBe("Open chat");
    });
  });

  it("renders inside a given container", async () => {
    const container = document.createElement("div");
    document.body.append(container);
    const { host } = await mountFake({ container });
    expect(host.parentElement).toBe(container);
    expect(host.getAttribute("data-placement")).toBe("inline");
  });

  it("forces a colour scheme on the host (launcher) and the chat when colorScheme is given", async () => {
    const dark = await mountFake({ colorScheme: "dark", open: true });
    expect(dark.host.getAttribute("data-color-scheme")).toBe("dark");
    expect(
      dark.host.shadowRoot?.querySelector("[data-kore-chat]")?.getAttribute("data-color-scheme"),
    ).toBe("dark");
    const auto = await mountFake({ colorScheme: "auto", open: true });
    expect(auto.host.hasAttribute("data-color-scheme")).toBe(false);
    expect(
      auto.host.shadowRoot?.querySelector("[data-kore-chat]")?.hasAttribute("data-color-scheme"),
    ).toBe(false);
  });

  it("names the bad option and touches nothing", async () => {
    const mountWith = (value: unknown) => () =>
      mountWidget(value as MountOptions, fakeDependencies(new FakeClient()));
    expect(mountWith(undefined)).toThrow(/options object/);
    expect(mountWith({ ...options(), apiHost: undefined })).toThrow(/apiHost is required/);
    expect(mountWith({ ...options(), apiHost: "bots.example.com" })).toThrow(/http\(s\) origin/);
    expect(mountWith({ ...options(), botInfo: undefined })).toThrow(/botInfo is required/);
    expect(mountWith({ ...options(), botInfo: { chatBot: "Demo" } })).toThrow(/taskBotId/);
    expect(mountWith({ ...options(), jwtUrl: undefined })).toThrow(/getJWT.*jwtUrl/);
    expect(mountWith({ ...options(), getJWT: async () => "jwt" })).toThrow(/not both/);
    expect(mountWith({ ...options(), jwtUrl: undefined, getJWT: "jwt" })).toThrow(/function/);
    expect(mountWith({ ...options(), container: "#chat" })).toThrow(/DOM element/);
    expect(mountWith({ ...options(), locale: 7 })).toThrow(/locale/);
    expect(mountWith({ ...options(), preload: "lazy" })).toThrow(/preload must be/);
    expect(mountWith({ ...options(), nonce: "" })).toThrow(/nonce must be/);
    expect(mountWith({ ...options(), integrity: 42 })).toThrow(/integrity must be/);
    const bot = options().botInfo;
    expect(mountWith({ ...options(), botInfo: { ...bot, customData: "x" } })).toThrow(/customData/);
    expect(mountWith({ ...options(), botInfo: { ...bot, metaTags: [] } })).toThrow(/metaTags/);
    expect(mountWith({ ...options(), secureRtm: "yes" })).toThrow(/secureRtm/);
    expect(mountWith({ ...options(), connectionMode: "Resume" })).toThrow(/connectionMode/);
    expect(mountWith({ ...options(), allowAttachments: "no" })).toThrow(/allowAttachments/);
    expect(mountWith({ ...options(), attachments: [] })).toThrow(/attachments must be/);
    expect(mountWith({ ...options(), attachments: { maxFileBytes: -1 } })).toThrow(/maxFileBytes/);
    expect(mountWith({ ...options(), attachments: { maxFiles: 1.5 } })).toThrow(/maxFiles/);
    expect(mountWith({ ...options(), attachments: { allowedExtensions: "pdf" } })).toThrow(
      /allowedExtensions/,
    );
    expect(document.querySelector("[data-kore-chat-embed]")).toBeNull();
  });
});

describe("before the panel has loaded", () => {
  const mountWaiting = (extra: Partial<MountOptions> = {}) => {
    const client = new FakeClient();
    const requested: string[] = [];
    let arrive: (panel: PanelModule) => void = () => {};
    let fail: (error: Error) => void = () => {};
    const widget = mountWidget(options({ assetsUrl: "https://cdn.example.com/chat/", ...extra }), {
      ...fakeDependencies(client),
      loadPanel: (url) => {
        requested.push(url);
        return new Promise<PanelModule>((resolve, reject) => {
          arrive = resolve;
          fail = reject;
        });
      },
    });
    widgets.push(widget);
    const shadow = document.querySelector("[data-kore-chat-embed]")?.shadowRoot as ShadowRoot;
    const launcher = () => shadow.querySelector("button.kce-launcher") as HTMLButtonElement;
    return {
      client,
      widget,
      shadow,
      launcher,
      requested,
      arrive: async () => {
        arrive(panelModule);
        await settle(); // the panel runs…
        await settle(); // …and draws in the task after
      },
      fail: async () => {
        fail(new Error("offline"));
        await settle();
      },
    };
  };

  it("holds the launcher's English texts as the catalogue has them", async () => {
    expect(englishLauncherStrings.openChat).toBe(englishStrings.openChat);
    expect(englishLauncherStrings.minimizeChat).toBe(englishStrings.minimizeChat);
    for (const count of [1, 2, 12]) {
      expect(englishLauncherStrings.unreadMessages(count)).toBe(
        englishStrings.unreadMessages(count),
      );
    }
  });

  it("draws only the launcher, and fetches the panel on the first intent (pointer over it)", async () => {
    const { client, shadow, launcher, requested, arrive } = mountWaiting();
    expect(launcher().getAttribute("aria-label")).toBe("Open chat");
    expect(requested).toEqual([]);
    expect(client.connects).toBe(0);
    launcher().dispatchEvent(new Event("pointerenter"));
    launcher().dispatchEvent(new Event("focus")); // a second intent fetches nothing more
    expect(requested).toEqual(["https://cdn.example.com/chat/kore-chat-panel.js"]);
    await arrive();
    expect(client.connects).toBe(1);
    expect(shadow.querySelector(".kce-panel [data-kore-chat]")).not.toBeNull();
    expect(shadow.querySelector(".kce-panel")?.hasAttribute("aria-busy")).toBe(false);
  });

  it("replays calls made before it arrived, in order, and focuses the opened panel", async () => {
    const { client, shadow, widget, requested, arrive } = mountWaiting();
    expect(widget.send("one")).toBeUndefined();
    expect(requested).toHaveLength(1); // a send fetches the panel
    widget.send("two");
    widget.open();
    expect(widget.endConversation()).toBe(false); // not connected: nothing to end
    expect(shadow.querySelector(".kce-panel")?.getAttribute("aria-busy")).toBe("true");
    await arrive();
    expect(client.sent).toEqual(["one", "two"]);
    expect(shadow.activeElement?.classList.contains("kc-composer-field")).toBe(true);
    expect(widget.send("three")).toBe("3");
  });

  it("fetches the panel at once for open: true and for an inline container", async () => {
    expect(mountWaiting({ open: true }).requested).toHaveLength(1);
    const container = document.createElement("div");
    document.body.append(container);
    expect(mountWaiting({ container }).requested).toHaveLength(1);
  });

  it("says so when the panel does not load, and tries again on the next intent", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { launcher, requested, fail, arrive, client } = mountWaiting();
    launcher().click();
    await fail();
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: "offline" }));
    launcher().click(); // closes
    launcher().click(); // opens: fetches again
    expect(requested).toHaveLength(2);
    await arrive();
    expect(client.connects).toBe(1);
    error.mockRestore();
  });

  it('preload: "idle" fetches it once the page has loaded and the browser is idle', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal("requestIdleCallback", (callback: () => void) => idle.push(callback));
    try {
      const { requested } = mountWaiting({ preload: "idle" });
      expect(requested).toEqual([]);
      for (const callback of idle) callback();
      expect(requested).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("unmount before it arrived leaves nothing, and draws nothing when it does", async () => {
    const { widget, client, arrive, launcher } = mountWaiting();
    launcher().click();
    widget.unmount();
    await arrive();
    expect(client.connects).toBe(0);
    expect(document.querySelector("[data-kore-chat-embed]")).toBeNull();
  });
});

describe("the host's JWT, asked for while the panel is fetched", () => {
  it("goes out with the panel's fetch, and is the panel client's first JWT only", async () => {
    const posts: string[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      posts.push(`${String(url)} ${String(init?.body)}`);
      return new Response(JSON.stringify({ jwt: `jwt-${posts.length}` }));
    }) as typeof fetch;
    let early: Promise<string> | undefined;
    const capture: PanelModule = {
      version,
      frameCss: "",
      mountPanel(context) {
        early = context.earlyJwt;
        return { send: () => "", endConversation: () => false, focusComposer() {}, unmount() {} };
      },
    };
    const widget = mountWidget(
      options({ fetch: fakeFetch, jwtRequestBody: { identity: "u-1" }, assetsUrl: "/" }),
      { loadPanel: () => capture, loadConnect: () => Promise.reject(new Error("offline")) },
    );
    widgets.push(widget);
    expect(posts).toEqual([]); // nothing before intent
    widget.open();
    expect(posts).toEqual(['/jwt {"identity":"u-1"}']);
    await settle(); // no head start (its file did not load): the panel runs at once
    expect(await early).toBe("jwt-1");

    const clientOptions = withFirstJwt(
      options({ fetch: fakeFetch, jwtRequestBody: { identity: "u-1" } }),
      Promise.resolve("early"),
    );
    expect("jwtUrl" in clientOptions).toBe(false);
    expect(await clientOptions.getJWT?.()).toBe("early");
    expect(await clientOptions.getJWT?.()).toBe("jwt-2"); // a refresh asks the host again
  });
});

describe("the connection's head start (kore-chat-connect.js), run while the panel downloads", () => {
  function fakeHeadStart() {
    let settle = () => {};
    const headStart = {
      fetch: (() => Promise.reject(new Error("not used"))) as typeof fetch,
      WebSocket: class {} as never,
      socketWaiting: false,
      settled: new Promise<void>((resolve) => {
        settle = resolve;
      }),
      cancelled: 0,
      cancel() {
        headStart.cancelled += 1;
      },
    };
    let given: HeadStartOptions | undefined;
    const connect: ConnectModule = {
      version,
      startHeadStart(headStartOptions) {
        given = headStartOptions;
        return headStart;
      },
    };
    return { headStart, connect, given: () => given, settle: () => settle() };
  }

  it("gets the host's JWT, says open on the host element in the task its socket opens, and hands itself to the panel once settled", async () => {
    const fake = fakeHeadStart();
    const contexts: PanelContext[] = [];
    const capture: PanelModule = {
      version,
      frameCss: "",
      mountPanel(context) {
        contexts.push(context);
        return { send: () => "", endConversation: () => false, focusComposer() {}, unmount() {} };
      },
    };
    const fakeFetch = (async () =>
      new Response(JSON.stringify({ jwt: "jwt-early" }))) as typeof fetch;
    const widget = mountWidget(options({ fetch: fakeFetch, open: true, assetsUrl: "/" }), {
      loadPanel: () => capture,
      loadConnect: async () => fake.connect,
      // No cap here: the panel must be waiting for the socket, however slow the machine.
      panelWaitsForSocketMs: 3_600_000,
    });
    widgets.push(widget);
    const host = document.querySelector("[data-kore-chat-embed]") as HTMLElement;
    expect(host.getAttribute("data-connection")).toBe("connecting");
    await settle();
    expect(await fake.given()?.jwt).toBe("jwt-early");
    expect(fake.given()?.apiHost).toBe(options().apiHost);
    expect(contexts).toHaveLength(0); // the panel waits for the socket

    fake.given()?.onSocketOpen?.();
    expect(host.getAttribute("data-connection")).toBe("open");
    fake.settle();
    await settle();
    expect(contexts).toHaveLength(1);
    expect(contexts[0]?.headStart).toBe(fake.headStart);
    // The panel's client passes through connecting as it takes the open socket: not shown.
    fake.headStart.socketWaiting = true;
    contexts[0]?.onConnection?.("connecting");
    expect(host.getAttribute("data-connection")).toBe("open");
    fake.headStart.socketWaiting = false;
    contexts[0]?.onConnection?.("reconnecting");
    expect(host.getAttribute("data-connection")).toBe("reconnecting");

    widget.unmount();
    expect(fake.headStart.cancelled).toBe(1);
  });

  it("survives a host getJWT that throws: the panel's first JWT request fails instead", async () => {
    const contexts: PanelContext[] = [];
    const widget = mountWidget(
      {
        ...options({ open: true, assetsUrl: "/" }),
        jwtUrl: undefined,
        getJWT: () => {
          throw new Error("no session");
        },
      } as unknown as MountOptions,
      {
        loadPanel: () => ({
          version,
          frameCss: "",
          mountPanel: (context) => {
            contexts.push(context);
            return {
              send: () => "",
              endConversation: () => false,
              focusComposer() {},
              unmount() {},
            };
          },
        }),
        loadConnect: () => Promise.reject(new Error("offline")),
      },
    );
    widgets.push(widget);
    await settle();
    expect(contexts).toHaveLength(1);
    await expect(contexts[0]?.earlyJwt).rejects.toThrow("no session");
  });

  it("goes out before the shadow root is built when the panel is wanted at once", async () => {
    // What was on the page when the JWT and the head start were asked for, per mount.
    const seen: string[] = [];
    const onPage = () =>
      document.querySelector("[data-kore-chat-embed]") === null ? "no widget yet" : "widget drawn";
    const noPanel = {
      loadPanel: () => new Promise<never>(() => {}),
      loadConnect: () => {
        seen.push(`head start: ${onPage()}`);
        return Promise.reject(new Error("offline"));
      },
    };
    const withJwt = (extra: Partial<MountOptions>) =>
      ({
        ...options({ assetsUrl: "/", ...extra }),
        jwtUrl: undefined,
        getJWT: () => {
          seen.push(`jwt: ${onPage()}`);
          return Promise.resolve("jwt");
        },
      }) as unknown as MountOptions;
    const opened = mountWidget(withJwt({ open: true }), noPanel);
    widgets.push(opened);
    expect(seen).toEqual(["jwt: no widget yet", "head start: no widget yet"]);
    opened.unmount();

    // On intent (the default), nothing is asked for until the visitor shows it.
    seen.length = 0;
    const closed = mountWidget(withJwt({}), noPanel);
    widgets.push(closed);
    await settle();
    expect(seen).toEqual([]);
    const shadow = document.querySelector("[data-kore-chat-embed]")?.shadowRoot;
    shadow?.querySelector("button.kce-launcher")?.dispatchEvent(new Event("pointerenter"));
    expect(seen).toEqual(["jwt: widget drawn", "head start: widget drawn"]);
  });

  it("is not loaded when integrity gives the panel's hash alone (nothing unverified runs)", async () => {
    const loads: string[] = [];
    let drawn = 0;
    const widget = mountWidget(options({ open: true, assetsUrl: "/", integrity: "sha384-panel" }), {
      loadPanel: () => ({
        version,
        frameCss: "",
        mountPanel: () => {
          drawn += 1;
          return { send: () => "", endConversation: () => false, focusComposer() {}, unmount() {} };
        },
      }),
      loadConnect: async (url) => {
        loads.push(url);
        return fakeHeadStart().connect;
      },
    });
    widgets.push(widget);
    await settle();
    expect(loads).toEqual([]);
    expect(drawn).toBe(1); // the panel, verified, connects by itself
  });
});
