import { afterEach, describe, expect, it } from "vitest";
import type { HistoryRow } from "./history-store.js";
import type { SimulatorHandle } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import type { TestSocket } from "./test-support/rtm-test-client.js";
import {
  connectUser,
  field,
  grant,
  isType,
  postJson,
  userMessage,
} from "./test-support/rtm-test-client.js";

let simulator: SimulatorHandle;
const sockets: TestSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await simulator.close();
});

type Page = { total: number; moreAvailable: boolean; messages: HistoryRow[]; icon?: string };

async function chatHistory(
  accessToken: string,
  query: string,
): Promise<{ status: number; body: Page }> {
  const response = await fetch(
    `${simulator.url}/api/botmessages/rtm?botId=${simulator.bot.taskBotId}&${query}`,
    {
      headers: { authorization: `bearer ${accessToken}` },
    },
  );
  return { status: response.status, body: (await response.json()) as Page };
}

const texts = (page: Page) => page.messages.map((row) => row.components[0]?.data.text);

/** Sends `count` messages and waits for each reply, so the store holds 2 × count live rows. */
async function converse(socket: TestSocket, count: number): Promise<string[]> {
  const messageIds: string[] = [];
  for (let index = 0; index < count; index++) {
    socket.send(userMessage(simulator, index + 1, `message ${index}`));
    const reply = await socket.waitFor(
      (frame) =>
        isType(frame, "bot_response") && !messageIds.includes(field(frame, "messageId") as string),
    );
    messageIds.push(reply.messageId as string);
  }
  return messageIds;
}

describe("chat-window history", () => {
  it("returns the live turns newest first, paged by offset or skip", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const { socket, accessToken, userId } = await connectUser(simulator, "alice");
    sockets.push(socket);
    const messageIds = await converse(socket, 3);

    const first = await chatHistory(accessToken, "offset=0&limit=4");
    expect(first.status).toBe(200);
    expect(texts(first.body)).toEqual([
      "You said: message 2",
      "message 2",
      "You said: message 1",
      "message 1",
    ]);
    expect(first.body).toMatchObject({ total: 6, moreAvailable: true });
    expect(first.body.messages[0]).toMatchObject({ _id: messageIds[2], type: "outgoing" });
    expect(first.body.messages[1]).toMatchObject({
      type: "incoming",
      createdBy: userId,
      chnl: "rtm",
    });

    const second = await chatHistory(accessToken, "skip=4&limit=4");
    expect(texts(second.body)).toEqual(["You said: message 0", "message 0"]);
    expect(second.body.moreAvailable).toBe(false);

    const defaults = await chatHistory(accessToken, "");
    expect(defaults.body.messages).toHaveLength(6);
    const stamps = defaults.body.messages.map((row) => row.timestampValue);
    expect(stamps).toEqual([...stamps].sort((a, b) => b - a));
  });

  it("stores a template turn as the template JSON string", async () => {
    simulator = await startSimulator({ botReplyDelayMs: 0 });
    const { socket, accessToken } = await connectUser(simulator, "alice");
    sockets.push(socket);
    socket.send(userMessage(simulator, 1, "show carousel"));
    const reply = await socket.waitFor((frame) => isType(frame, "bot_response"));
    const { body } = await chatHistory(accessToken, "limit=1");
    const text = body.messages[0]?.components[0]?.data.text ?? "";
    expect(JSON.parse(text)).toMatchObject({
      type: "template",
      payload: { template_type: "carousel" },
    });
    expect(text).toBe((reply.message as Array<{ cInfo: { body: string } }>)[0]?.cInfo.body);
  });

  it("answers 401 without a valid token, 400 without botId, 404 for another bot", async () => {
    simulator = await startSimulator();
    const { accessToken } = await grant(simulator, "alice");
    expect(
      (await fetch(`${simulator.url}/api/botmessages/rtm?botId=${simulator.bot.taskBotId}`)).status,
    ).toBe(401);
    const headers = { authorization: `bearer ${accessToken}` };
    expect((await fetch(`${simulator.url}/api/botmessages/rtm`, { headers })).status).toBe(400);
    expect(
      (await fetch(`${simulator.url}/api/botmessages/rtm?botId=st-other`, { headers })).status,
    ).toBe(404);
    simulator.faults.failNext("history", { status: 500 });
    expect((await chatHistory(accessToken, "")).status).toBe(500);
    expect((await chatHistory(accessToken, "")).status).toBe(200);
  });

  it("seeds a welcome conversation on a user's first grant when asked", async () => {
    simulator = await startSimulator({ seedHistory: true });
    const { accessToken } = await grant(simulator, "alice");
    await grant(simulator, "alice");
    const { body } = await chatHistory(accessToken, "");
    expect(body.total).toBe(4);
    expect(body.messages.every((row) => row.timestampValue < Date.now())).toBe(true);
    expect(body.messages.map((row) => row.type)).toEqual([
      "outgoing",
      "incoming",
      "outgoing",
      "incoming",
    ]);
  });

  it("serves seeded rows", async () => {
    simulator = await startSimulator();
    simulator.history.seed("alice", [
      { type: "incoming", text: "old question", createdOn: "2024-01-01T10:00:00.000Z" },
      { type: "outgoing", text: "old answer", createdOn: new Date("2024-01-01T10:00:01.000Z") },
    ]);
    const { accessToken } = await grant(simulator, "alice");
    expect(texts((await chatHistory(accessToken, "")).body)).toEqual([
      "old answer",
      "old question",
    ]);
  });
});

describe("Conversation History API (§6)", () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString();

  async function seeded() {
    simulator = await startSimulator();
    simulator.history.seed("alice", [
      { type: "incoming", text: "ten days ago", createdOn: day(-10) },
      { type: "incoming", text: "two days ago", createdOn: day(-2) },
      { type: "outgoing", text: "yesterday", createdOn: day(-1) },
    ]);
    return { auth: await simulator.signAppJwt() };
  }

  it("returns a window newest first with an app JWT (GET, both POST paths)", async () => {
    const { auth } = await seeded();
    const params = { userId: simulator.userIdFor("alice"), dateFrom: day(-6), dateTo: day(0) };
    const get = await fetch(
      `${simulator.url}/api/public/bot/${simulator.bot.taskBotId}/getMessages?${new URLSearchParams(params)}`,
      {
        headers: { auth },
      },
    );
    expect(get.status).toBe(200);
    const body = (await get.json()) as Page;
    expect(texts(body)).toEqual(["yesterday", "two days ago"]);
    expect(body).toMatchObject({
      total: 2,
      moreAvailable: false,
      icon: expect.stringMatching(/^http/),
    });

    const post = await postJson(
      `${simulator.url}/api/public/bot/${simulator.bot.taskBotId}/getMessages`,
      { ...params, userId: "alice", forward: true },
      { auth },
    );
    expect(texts(post.body as Page)).toEqual(["two days ago", "yesterday"]);
    const admin = await postJson(
      `${simulator.url}/api/public/getMessages`,
      { dateFrom: day(-11), dateTo: day(-5) },
      { auth },
    );
    expect(texts(admin.body as Page)).toEqual(["ten days ago"]);
  });

  it("refuses a window of 7 days or more, and logs every request", async () => {
    const { auth } = await seeded();
    const url = `${simulator.url}/api/public/bot/${simulator.bot.taskBotId}/getMessages`;
    const window = { userId: "alice", dateFrom: day(-7), dateTo: day(0) };
    const tooLong = await postJson(url, window, { auth });
    expect(tooLong).toMatchObject({ status: 400, body: { errors: [{ code: 400 }] } });
    const defaults = await fetch(`${url}?userId=alice`, { headers: { auth } });
    expect(defaults.status).toBe(400);
    expect(simulator.publicHistoryRequests).toEqual([
      { method: "POST", params: window, status: 400 },
      { method: "GET", params: { userId: "alice" }, status: 400 },
    ]);
  });

  it("answers 401 without an app JWT and 404 for another bot", async () => {
    const { auth } = await seeded();
    const query = `userId=alice&dateFrom=${day(-1)}`;
    const url = `${simulator.url}/api/public/bot/${simulator.bot.taskBotId}/getMessages?${query}`;
    expect((await fetch(url)).status).toBe(401);
    expect(
      (await fetch(url, { headers: { auth: await simulator.signUserJwt("alice") } })).status,
    ).toBe(401);
    expect(
      (
        await fetch(`${simulator.url}/api/public/bot/st-other/getMessages?${query}`, {
          headers: { auth },
        })
      ).status,
    ).toBe(404);
    expect(simulator.publicHistoryRequests.map((request) => request.status)).toEqual([
      401, 401, 404,
    ]);
  });
});
