import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import { afterEach, describe, expect, it } from "vitest";
import type { KoreClient } from "./kore-client.js";
import { simulatorClient } from "./testing/simulator-client.js";
import { waitFor } from "./testing/wait-for.js";

// PROTOCOL.md §11 against the real simulator over real HTTP.
let sim: SimulatorHandle;
const clients: KoreClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await sim.close();
});

function connected(identity: string) {
  const client = simulatorClient(sim, identity);
  clients.push(client);
  client.connect();
  return client;
}

describe("fetchBranding against the simulator", () => {
  it("reads the demo theme turned on for one user; another user gets none", async () => {
    sim = await startSimulator();
    sim.branding.set({ activeTheme: true }, { userId: "alice@example.com" });
    const alice = connected("alice@example.com");
    const bob = connected("bob@example.com");
    await waitFor(() => alice.status === "open" && bob.status === "open");

    const branding = await alice.fetchBranding?.();
    expect(branding).toMatchObject({
      themeType: "light",
      colors: { primary: "#0f766e", secondary: "#ccfbf1", userBubble: "#0f766e" },
      botIcon: `${sim.url}/media/bot-icon.svg`,
      title: "Simulator Helpdesk",
      welcome: {
        title: "Welcome to the simulator",
        starters: [
          { title: "What can you do?", payload: "help" },
          { title: "A carousel", payload: "show carousel" },
          { title: "A streamed answer", payload: "show streaming" },
        ],
      },
    });
    expect(await bob.fetchBranding?.()).toBeUndefined();
    expect(sim.brandingRequests.map((request) => request.status)).toEqual([200, 200]);
  });

  it("is undefined for a malformed answer and an error status, and the socket stays open", async () => {
    sim = await startSimulator();
    const client = connected("carol@example.com");
    await waitFor(() => client.status === "open");
    sim.branding.set("malformed");
    expect(await client.fetchBranding?.()).toBeUndefined();
    sim.branding.set({ status: 503 });
    expect(await client.fetchBranding?.()).toBeUndefined();
    expect(sim.brandingRequests.map((request) => request.status)).toEqual([200, 503]);
    expect(client.status).toBe("open");
  });
});
