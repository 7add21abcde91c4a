import { afterEach, describe, expect, it } from "vitest";
import { MALFORMED_BRANDING_BODY } from "./branding.js";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import { grant, postJson } from "./test-support/rtm-test-client.js";

let simulator: SimulatorHandle;

afterEach(async () => {
  await simulator.close();
});

type Theme = { activeTheme: boolean; v3: Record<string, unknown> };

async function activeTheme(
  accessToken: string | undefined,
  botId: string = simulator.bot.taskBotId,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${simulator.url}/api/websdkthemes/${botId}/activetheme`, {
    headers: accessToken === undefined ? {} : { authorization: `bearer ${accessToken}` },
  });
  return { status: response.status, text: await response.text() };
}

async function themeOf(accessToken: string): Promise<Theme> {
  const { status, text } = await activeTheme(accessToken);
  expect(status).toBe(200);
  return JSON.parse(text) as Theme;
}

const primaryOf = (theme: Theme) =>
  (theme.v3.general as { colors: { primary: string } }).colors.primary;

describe("branding endpoint (§11)", () => {
  it("needs a valid bearer token and the simulator's bot", async () => {
    simulator = await startSimulator();
    const { accessToken, userId } = await grant(simulator, "alice");

    const missing = await activeTheme(undefined);
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.text)).toMatchObject({ errors: [{ code: 401 }] });
    expect((await activeTheme("not-a-token")).status).toBe(401);

    const otherBot = await activeTheme(accessToken, "st-another-bot");
    expect(otherBot.status).toBe(404);
    expect(JSON.parse(otherBot.text)).toEqual({ errors: [{ msg: "Bot not found", code: 404 }] });

    expect(
      simulator.brandingRequests.map(({ userId, botId, status }) => [userId, botId, status]),
    ).toEqual([
      [null, simulator.bot.taskBotId, 401],
      [null, simulator.bot.taskBotId, 401],
      [userId, "st-another-bot", 404],
    ]);
  });

  it("answers activeTheme false with the demo theme by default", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "alice");
    const theme = await themeOf(accessToken);
    expect(theme.activeTheme).toBe(false);
    expect(primaryOf(theme)).toBe("#0f766e");
    expect(theme.v3.general).toMatchObject({
      bot_icon: `${simulator.url}/media/bot-icon.svg`,
      themeType: "light",
    });
  });

  it("turns the theme on for one user only; the per-user setting wins over the global one", async () => {
    simulator = await startSimulator();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");

    simulator.branding.set({ activeTheme: true }, { userId: alice.userId });
    expect((await themeOf(alice.accessToken)).activeTheme).toBe(true);
    expect((await themeOf(bob.accessToken)).activeTheme).toBe(false);

    // An identity works as well as a platform user id; the user's own setting beats the global.
    simulator.branding.set({ activeTheme: true, v3: { general: { colors: { primary: "#111" } } } });
    simulator.branding.set({ activeTheme: false }, { userId: "bob" });
    expect((await themeOf(bob.accessToken)).activeTheme).toBe(false);
    const carol = await grant(simulator, "carol");
    const carolTheme = await themeOf(carol.accessToken);
    expect(carolTheme.activeTheme).toBe(true);
    expect(primaryOf(carolTheme)).toBe("#111");

    simulator.branding.reset();
    expect((await themeOf(alice.accessToken)).activeTheme).toBe(false);
    expect((await themeOf(carol.accessToken)).activeTheme).toBe(false);
  });

  it("answers a 200 that is not JSON, or an error status", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "alice");

    simulator.branding.set("malformed");
    const malformed = await activeTheme(accessToken);
    expect(malformed.status).toBe(200);
    expect(malformed.text).toBe(MALFORMED_BRANDING_BODY);
    expect(() => JSON.parse(malformed.text)).toThrow();

    simulator.branding.set({ status: 503 });
    const failed = await activeTheme(accessToken);
    expect(failed.status).toBe(503);
    expect(JSON.parse(failed.text)).toMatchObject({ errors: [{ code: 503 }] });

    expect(() => simulator.branding.set({ status: 200 })).toThrow(RangeError);
    expect(simulator.brandingRequests.map((request) => request.status)).toEqual([200, 503]);
  });

  it("is driven the same over HTTP, and cleared by the faults reset", async () => {
    simulator = await startSimulator();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    const control = (body: Record<string, unknown>) =>
      postJson(`${simulator.url}/__simulator/branding`, body);

    expect((await control({ identity: "alice", activeTheme: true })).status).toBe(200);
    expect((await themeOf(alice.accessToken)).activeTheme).toBe(true);
    expect((await themeOf(bob.accessToken)).activeTheme).toBe(false);

    expect((await control({ userId: bob.userId, malformed: true })).status).toBe(200);
    const malformed = await activeTheme(bob.accessToken);
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text)).toThrow();

    expect((await control({ status: 503 })).status).toBe(200);
    const carol = await grant(simulator, "carol");
    expect((await activeTheme(carol.accessToken)).status).toBe(503);

    expect((await control({ activeTheme: true, v3: { header: {} } })).status).toBe(200);
    expect(await themeOf(carol.accessToken)).toEqual({ activeTheme: true, v3: { header: {} } });

    expect((await control({ status: "503" })).status).toBe(400);
    expect((await control({ activeTheme: "yes" })).status).toBe(400);
    expect((await control({ v3: "nope" })).status).toBe(400);

    expect((await postJson(`${simulator.url}/__simulator/faults/reset`, {})).status).toBe(200);
    expect((await themeOf(alice.accessToken)).activeTheme).toBe(false);
    expect((await activeTheme(bob.accessToken)).status).toBe(200);
    expect((await themeOf(carol.accessToken)).activeTheme).toBe(false);

    const all = await fetch(`${simulator.url}/__simulator/branding-requests`);
    const rows = (await all.json()) as { userId: string; status: number; at: number }[];
    expect(rows).toHaveLength(8);
    expect(rows.every((row) => typeof row.at === "number")).toBe(true);
    const bobs = await fetch(`${simulator.url}/__simulator/branding-requests?identity=bob`);
    expect(
      ((await bobs.json()) as { userId: string; status: number }[]).map((row) => row.status),
    ).toEqual([200, 200, 200]);
  });
});
