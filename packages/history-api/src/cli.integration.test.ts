import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runHistoryExport } from "./cli.js";
import { createHistoryApiClient } from "./history-api-client.js";
import type { HistoryApiMessage } from "./history-api-types.js";

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const FROM = Date.parse("2024-03-01T00:00:00.000Z");
// "--to 2024-03-24" exports through the end of March 24th.
const TO = Date.parse("2024-03-24T23:59:59.999Z");

function capture() {
  const chunks: string[] = [];
  return {
    stream: { write: (chunk: string) => chunks.push(chunk) > 0 },
    text: () => chunks.join(""),
  };
}

describe("kore-history-export against the simulator", () => {
  let sim: SimulatorHandle;

  beforeEach(async () => {
    sim = await startSimulator({ port: 0 });
    const rows: { type: "incoming" | "outgoing"; text: string; createdOn: Date }[] = [];
    // ~3.5 weeks, one turn every 5 hours, plus one row before and one after the range.
    for (let time = FROM - 2 * HOUR; time <= TO + 30 * HOUR; time += 5 * HOUR) {
      const n = rows.length;
      rows.push({
        type: n % 2 ? "outgoing" : "incoming",
        text: `turn ${n}`,
        createdOn: new Date(time),
      });
    }
    // Exactly on the first window edge (from + 7 days − 1 s): both windows return it.
    rows.push({
      type: "incoming",
      text: "on the edge",
      createdOn: new Date(FROM + WEEK - 1000),
    });
    rows.sort((a, b) => a.createdOn.getTime() - b.createdOn.getTime());
    sim.history.seed("alice@example.com", rows);
    sim.history.seed("bob@example.com", [
      { type: "incoming", text: "not alice", createdOn: new Date(FROM + HOUR) },
    ]);
  });

  afterEach(async () => {
    await sim.close();
  });

  it("exports a multi-week range in windows under 7 days, every row once, oldest first", async () => {
    const stdout = capture();
    const stderr = capture();
    const code = await runHistoryExport(
      [
        "--host",
        sim.url,
        "--bot-id",
        sim.bot.taskBotId,
        "--user-id",
        "alice@example.com",
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-24",
        "--channel",
        "rtm",
        "--limit",
        "7",
      ],
      {
        stdout: stdout.stream,
        stderr: stderr.stream,
        env: { KORE_CLIENT_ID: sim.app.clientId, KORE_CLIENT_SECRET: sim.app.clientSecret },
      },
    );
    expect(stderr.text()).not.toMatch(/warning|error/i);
    expect(code).toBe(0);

    const exported: HistoryApiMessage[] = stdout
      .text()
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    const expected = sim.history
      .rows("alice@example.com")
      .filter((row) => row.timestampValue >= FROM && row.timestampValue <= TO);
    expect(expected.length).toBeGreaterThan(100);
    expect(exported.map((row) => row._id)).toEqual(expected.map((row) => row._id));
    expect(new Set(exported.map((row) => row._id)).size).toBe(exported.length);
    expect(exported.some((row) => row.components?.[0]?.data?.text === "on the edge")).toBe(true);
    const times = exported.map((row) => Date.parse(row.createdOn));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(exported.find((row) => row.type === "incoming")).toMatchObject({
      createdBy: sim.userIdFor("alice@example.com"),
      chnl: "rtm",
    });

    const requests = sim.publicHistoryRequests;
    expect(requests.every((request) => request.status === 200 && request.method === "GET")).toBe(
      true,
    );
    const windows = new Map<string, number>();
    for (const { params } of requests) {
      const span = Date.parse(String(params.dateTo)) - Date.parse(String(params.dateFrom));
      expect(span).toBeLessThan(WEEK);
      const key = `${params.dateFrom} → ${params.dateTo}`;
      windows.set(key, (windows.get(key) ?? 0) + 1);
    }
    // 24 days in windows of 7 days − 1 s: 4 windows, each paged 7 rows at a time.
    expect([...windows.keys()]).toEqual([
      "2024-03-01T00:00:00.000Z → 2024-03-07T23:59:59.000Z",
      "2024-03-07T23:59:59.000Z → 2024-03-14T23:59:58.000Z",
      "2024-03-14T23:59:58.000Z → 2024-03-21T23:59:57.000Z",
      "2024-03-21T23:59:57.000Z → 2024-03-24T23:59:59.999Z",
    ]);
    expect([...windows.values()].every((pages) => pages > 1)).toBe(true);

    const progress = stderr.text().trimEnd().split("\n");
    expect(progress).toHaveLength(5);
    const counted = progress.slice(0, 4).map((line, index) => {
      const match = /^window (\d)\/4 (\S+) → (\S+): (\d+) messages$/.exec(line);
      expect(match?.[1]).toBe(String(index + 1));
      expect(`${match?.[2]} → ${match?.[3]}`).toBe([...windows.keys()][index]);
      return Number(match?.[4]);
    });
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(exported.length);
    expect(progress[4]).toBe(`exported ${exported.length} messages in 4 windows`);
  });

  it("exports with the POST form and a ready JWT, by platform user id", async () => {
    const stdout = capture();
    const stderr = capture();
    const code = await runHistoryExport(
      [
        "--host",
        sim.url,
        "--bot-id",
        sim.bot.taskBotId,
        "--user-id",
        sim.userIdFor("alice@example.com"),
        "--from",
        "2024-03-10",
        "--to",
        "2024-03-20T00:00:00.000Z",
        "--method",
        "POST",
      ],
      {
        stdout: stdout.stream,
        stderr: stderr.stream,
        env: { KORE_HISTORY_JWT: await sim.signAppJwt() },
      },
    );
    expect(code).toBe(0);
    const lines = stdout.text().trimEnd().split("\n");
    const from = Date.parse("2024-03-10T00:00:00.000Z");
    const to = Date.parse("2024-03-20T00:00:00.000Z");
    const expected = sim.history
      .rows("alice@example.com")
      .filter((row) => row.timestampValue >= from && row.timestampValue <= to);
    expect(lines.map((line) => JSON.parse(line)._id)).toEqual(expected.map((row) => row._id));
    expect(sim.publicHistoryRequests.map((request) => request.method)).toEqual(["POST", "POST"]);
    expect(stderr.text()).toMatch(
      /^window 1\/2 .*\nwindow 2\/2 .*\nexported \d+ messages in 2 windows\n$/,
    );
  });

  it("exits 1 with the platform's message when the JWT is not accepted", async () => {
    const stderr = capture();
    const code = await runHistoryExport(
      [
        "--host",
        sim.url,
        "--bot-id",
        sim.bot.taskBotId,
        "--user-id",
        "alice@example.com",
        "--from",
        "2024-03-01",
        "--to",
        "2024-03-02",
      ],
      { stdout: capture().stream, stderr: stderr.stream, env: { KORE_HISTORY_JWT: "not-a-jwt" } },
    );
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(/answered 401: /);
  });

  it("the simulator refuses a 7-day window that the client would have caught", async () => {
    const client = createHistoryApiClient({
      host: sim.url,
      botId: sim.bot.taskBotId,
      getJWT: () => sim.signAppJwt(),
    });
    const tooLong = { userId: "alice@example.com", dateFrom: "2024-03-01", dateTo: "2024-03-08" };
    await expect(client.getMessages(tooLong)).rejects.toMatchObject({
      name: "HistoryApiParameterError",
      parameter: "dateTo",
    });
    const response = await fetch(
      `${sim.url}/api/public/bot/${sim.bot.taskBotId}/getMessages?${new URLSearchParams(tooLong)}`,
      { headers: { auth: await sim.signAppJwt() } },
    );
    expect(response.status).toBe(400);
    const page = await client.getMessages({ ...tooLong, dateTo: "2024-03-07T23:59:59.999Z" });
    expect(page.total).toBeGreaterThan(0);
    expect(sim.publicHistoryRequests.map((request) => request.status)).toEqual([400, 200]);
  });
});
