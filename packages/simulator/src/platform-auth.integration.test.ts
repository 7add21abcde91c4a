import { afterEach, describe, expect, it } from "vitest";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import { grant, postJson, rtmStart } from "./test-support/rtm-test-client.js";

let simulator: SimulatorHandle;

afterEach(async () => {
  await simulator.close();
});

describe("jwtgrant", () => {
  it.each(["/api/1.1/oAuth/token/jwtgrant", "/api/oAuth/token/jwtgrant"])(
    "exchanges a JWT for an access token at %s",
    async (path) => {
      simulator = await startSimulator();
      const assertion = await simulator.signUserJwt("alice@example.com");
      const { status, body } = await postJson(`${simulator.url}${path}`, {
        assertion,
        botInfo: simulator.bot,
      });
      expect(status).toBe(200);
      expect(body).toEqual({
        authorization: {
          accessToken: expect.stringMatching(/^[A-Za-z0-9_-]{20,}$/),
          token_type: "bearer",
          expiresDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
          issuedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        },
        userInfo: {
          userId: simulator.userIdFor("alice@example.com"),
          accountId: expect.stringMatching(/^[0-9a-f]{24}$/),
          orgId: expect.stringMatching(/^o-[0-9a-f-]{36}$/),
          identity: `${simulator.app.clientId}/alice@example.com`,
          enrollType: "free",
          managedBy: expect.any(String),
          fName: "",
          lName: "",
        },
      });
      const authorization = body.authorization as { expiresDate: string; issuedDate: string };
      expect(Date.parse(authorization.expiresDate) - Date.parse(authorization.issuedDate)).toBe(
        3_600_000,
      );
    },
  );

  it("answers 401 for a bad or expired JWT", async () => {
    simulator = await startSimulator();
    const url = `${simulator.url}/api/1.1/oAuth/token/jwtgrant`;
    const expired = await simulator.signUserJwt("a", { expiresInSeconds: -10 });
    for (const assertion of ["garbage", expired, `${await simulator.signUserJwt("a")}x`]) {
      const { status, body } = await postJson(url, { assertion, botInfo: simulator.bot });
      expect(status).toBe(401);
      expect(body).toEqual({ errors: [{ msg: expect.any(String), code: 401 }] });
    }
  });

  it("answers 404 for an unknown bot and 400 for a bad body", async () => {
    simulator = await startSimulator();
    const url = `${simulator.url}/api/1.1/oAuth/token/jwtgrant`;
    const assertion = await simulator.signUserJwt("a");
    const unknownBot = await postJson(url, {
      assertion,
      botInfo: { chatBot: "X", taskBotId: "st-unknown" },
    });
    expect(unknownBot.status).toBe(404);
    expect(unknownBot.body).toEqual({ errors: [{ msg: "Bot not found", code: 404 }] });
    expect((await postJson(url, { botInfo: simulator.bot })).status).toBe(400);
    expect((await postJson(url, { assertion })).status).toBe(400);
    const notJson = await fetch(url, { method: "POST", body: "{nope" });
    expect(notJson.status).toBe(400);
  });

  it("fails the next calls with 429 and Retry-After, then recovers", async () => {
    simulator = await startSimulator();
    simulator.faults.failNext("jwtgrant", { status: 429, retryAfterSeconds: 2, times: 2 });
    const assertion = await simulator.signUserJwt("a");
    const url = `${simulator.url}/api/oAuth/token/jwtgrant`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const failed = await postJson(
        url,
        { assertion, botInfo: simulator.bot },
        { origin: "http://widget.test" },
      );
      expect(failed.status).toBe(429);
      expect(failed.headers.get("retry-after")).toBe("2");
      expect(failed.headers.get("access-control-expose-headers")).toContain("Retry-After");
    }
    expect((await postJson(url, { assertion, botInfo: simulator.bot })).status).toBe(200);
  });

  it("allows any origin with the headers the widget sends", async () => {
    simulator = await startSimulator();
    const response = await fetch(`${simulator.url}/api/rtm/start`, {
      method: "OPTIONS",
      headers: {
        origin: "http://widget.test",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-headers")).toMatch(
      /Authorization.*auth.*content-type/,
    );
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST,PUT,OPTIONS");
  });
});

describe("rtm/start", () => {
  it.each(["/api/1.1/rtm/start", "/api/rtm/start"])(
    "returns a single-use socket URL at %s",
    async (path) => {
      simulator = await startSimulator();
      const { accessToken } = await grant(simulator, "a");
      const { status, body } = await postJson(
        `${simulator.url}${path}`,
        { botInfo: simulator.bot },
        { authorization: `Bearer -${accessToken}` },
      );
      expect(status).toBe(200);
      expect(body.url).toBe(
        `ws://127.0.0.1:${simulator.port}/rtm/bot?sid=${simulator.socketUrls[0]?.sid}`,
      );
      expect(simulator.socketUrls[0]).toMatchObject({ used: false, isReconnect: false });
    },
  );

  it("builds socket URLs from publicOrigin when set", async () => {
    simulator = await startSimulator({ publicOrigin: "https://chat.example.com/" });
    const { accessToken } = await grant(simulator, "a");
    expect(await rtmStart(simulator, accessToken)).toMatch(
      /^wss:\/\/chat\.example\.com\/rtm\/bot\?sid=/,
    );
  });

  it("answers 401 for a missing, unknown or expired token and 404 for an unknown bot", async () => {
    let time = Date.now();
    simulator = await startSimulator({ accessTokenTtlMs: 60_000, now: () => time });
    const { accessToken } = await grant(simulator, "a");
    const url = `${simulator.url}/api/1.1/rtm/start`;
    expect((await postJson(url, { botInfo: simulator.bot })).status).toBe(401);
    expect(
      (await postJson(url, { botInfo: simulator.bot }, { authorization: "bearer nope" })).status,
    ).toBe(401);
    const wrongBot = await postJson(
      url,
      { botInfo: { chatBot: "X", taskBotId: "st-x" } },
      { authorization: `bearer ${accessToken}` },
    );
    expect(wrongBot.status).toBe(404);
    time += 60_000;
    const expired = await postJson(
      url,
      { botInfo: simulator.bot },
      { authorization: `bearer ${accessToken}` },
    );
    expect(expired).toMatchObject({ status: 401, body: { errors: [{ code: 401 }] } });
  });

  it("rejects every token after expireTokens until a new grant", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "a");
    simulator.faults.expireTokens();
    const url = `${simulator.url}/api/1.1/rtm/start`;
    expect((await postJson(url, {}, { authorization: `bearer ${accessToken}` })).status).toBe(401);
    const history = await fetch(
      `${simulator.url}/api/botmessages/rtm?botId=${simulator.bot.taskBotId}`,
      {
        headers: { authorization: `bearer ${accessToken}` },
      },
    );
    expect(history.status).toBe(401);
    const fresh = await grant(simulator, "a");
    expect((await postJson(url, {}, { authorization: `bearer ${fresh.accessToken}` })).status).toBe(
      200,
    );
  });

  it("fails rtm/start on demand", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "a");
    simulator.faults.failNext("rtm/start", { status: 503 });
    const url = `${simulator.url}/api/rtm/start`;
    const failed = await postJson(url, {}, { authorization: `bearer ${accessToken}` });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBeNull();
    expect((await postJson(url, {}, { authorization: `bearer ${accessToken}` })).status).toBe(200);
  });
});

describe("demo host backend", () => {
  it("signs a JWT the platform accepts, also from the official SDK's JWT-URL body", async () => {
    simulator = await startSimulator();
    const jwtUrl = `${simulator.url}/demo/jwt`;
    const sdkBody = {
      identity: "sdk-user",
      clientId: simulator.app.clientId,
      clientSecret: "ignored",
      isAnonymous: false,
      aud: "x",
    };
    for (const [body, identity] of [
      [{}, "demo-user@example.com"],
      [sdkBody, "sdk-user"],
    ] as const) {
      const { status, body: answer } = await postJson(jwtUrl, body);
      expect(status).toBe(200);
      const granted = await postJson(`${simulator.url}/api/1.1/oAuth/token/jwtgrant`, {
        assertion: answer.jwt,
        botInfo: simulator.bot,
      });
      expect((granted.body.userInfo as { userId: string }).userId).toBe(
        simulator.userIdFor(identity),
      );
    }
  });

  it("reads the official web SDK's form-encoded JWT-URL body", async () => {
    simulator = await startSimulator();
    const response = await fetch(`${simulator.url}/demo/jwt`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" },
      body: new URLSearchParams({ identity: "form-user", clientId: "cs-x", isAnonymous: "false" }),
    });
    const { jwt } = (await response.json()) as { jwt: string };
    const granted = await postJson(`${simulator.url}/api/1.1/oAuth/token/jwtgrant`, {
      assertion: jwt,
      botInfo: simulator.bot,
    });
    expect((granted.body.userInfo as { userId: string }).userId).toBe(
      simulator.userIdFor("form-user"),
    );
  });

  it("describes itself at /", async () => {
    simulator = await startSimulator();
    const body = (await (await fetch(simulator.url)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: "kore-chat platform simulator", bot: simulator.bot });
    expect(body.endpoints).toContain("POST /api/1.1/rtm/start");
  });
});
