import type { Branding } from "@kore-chat/transport";
import { createFakeScheduler } from "@kore-chat/transport/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createChatStore } from "./create-chat-store.js";
import { driveQueryTimersWith, FakeKoreClient } from "./testing/fake-kore-client.js";

const settle = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};
const branding: Branding = { themeType: "dark", colors: { primary: "#0f766e" }, title: "Help" };
const open = { status: "open", previous: "connecting", reconnected: false } as const;

let client: FakeKoreClient;
beforeEach(() => {
  const { scheduler } = createFakeScheduler(0);
  driveQueryTimersWith(scheduler);
  client = new FakeKoreClient();
});

describe("createChatStore: brandFromPlatform", () => {
  it("fetches the branding once the socket is open, once, into state", async () => {
    client.answerBranding = async () => branding;
    const store = createChatStore({ client, brandFromPlatform: true });
    store.actions.connect();
    // Connecting waits for nothing: the fetch starts only when the socket is open.
    expect(client.connects).toBe(1);
    expect(client.brandingRequests).toHaveLength(0);
    expect(store.getState().branding).toBeUndefined();
    client.emit("status", open);
    expect(client.brandingRequests).toHaveLength(1);
    await settle();
    expect(store.getState().branding).toEqual(branding);
    // A reconnect does not ask again.
    client.emit("status", { status: "reconnecting", previous: "open", reconnected: false });
    client.emit("status", { status: "open", previous: "reconnecting", reconnected: true });
    expect(client.brandingRequests).toHaveLength(1);
    store.destroy();
  });

  it("does nothing without the option; loadBranding() turns it on later", async () => {
    client.answerBranding = async () => branding;
    const store = createChatStore({ client });
    store.actions.connect();
    client.emit("status", open);
    expect(client.brandingRequests).toHaveLength(0);
    store.actions.loadBranding();
    store.actions.loadBranding();
    expect(client.brandingRequests).toHaveLength(1);
    await settle();
    expect(store.getState().branding?.title).toBe("Help");
    store.destroy();
  });

  it("keeps no branding when there is none or it fails, and aborts it on destroy", async () => {
    client.answerBranding = () => Promise.reject(new Error("a client that breaks its word"));
    const failing = createChatStore({ client, brandFromPlatform: true });
    failing.actions.connect();
    client.emit("status", open);
    await settle();
    expect(failing.getState().branding).toBeUndefined();
    failing.destroy();

    const pending = new FakeKoreClient();
    let resolve: (value: Branding) => void = () => {};
    pending.answerBranding = () => new Promise((done) => (resolve = done));
    const store = createChatStore({ client: pending, brandFromPlatform: true });
    store.actions.connect();
    pending.emit("status", open);
    store.destroy();
    expect(pending.brandingRequests[0]?.aborted).toBe(true);
    resolve(branding);
    await settle();
    expect(store.getState().branding).toBeUndefined();
  });
});
