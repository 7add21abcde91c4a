import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jwtVerify } from "jose";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type HistoryExportIo, runHistoryExport } from "./cli.js";

interface Recorded {
  readonly url: URL;
  readonly auth: string | null;
}

function harness(answer: (url: URL) => Response = () => page([])) {
  const requests: Recorded[] = [];
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io = (
    env: Record<string, string | undefined> = { KORE_HISTORY_JWT: "env-jwt" },
  ): HistoryExportIo => ({
    stdout: { write: (chunk) => stdout.push(chunk) > 0 },
    stderr: { write: (chunk) => stderr.push(chunk) > 0 },
    env,
    fetch: (async (input: string | URL | Request, init?: RequestInit) => {
      const url = new URL(String(input));
      requests.push({ url, auth: new Headers(init?.headers).get("auth") });
      return answer(url);
    }) as typeof fetch,
  });
  return { requests, stdout, stderr, io, out: () => stdout.join(""), err: () => stderr.join("") };
}

const page = (messages: unknown[], status = 200) =>
  new Response(JSON.stringify({ total: messages.length, moreAvailable: false, messages }), {
    status,
  });
const row = (id: string, createdOn: string) => ({
  _id: id,
  type: "outgoing",
  createdOn,
  extra: { kept: true },
});
const base = ["--host", "https://bots.example.com", "--bot-id", "st-1", "--user-id", "u-1"];
const range = ["--from", "2024-01-01", "--to", "2024-01-13"];

describe("runHistoryExport", () => {
  it("exports the range as JSON lines with progress on stderr", async () => {
    const h = harness((url) => {
      const from = url.searchParams.get("dateFrom") ?? "";
      return page(
        from.startsWith("2024-01-01")
          ? [row("ms-2", "2024-01-02T09:00:00.000Z"), row("ms-1", "2024-01-01T09:00:00.000Z")]
          : [row("ms-3", "2024-01-12T09:00:00.000Z")],
      );
    });
    const code = await runHistoryExport([...base, ...range, "--channel", "RTM"], h.io());
    expect(code).toBe(0);
    expect(
      h
        .out()
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([
      row("ms-1", "2024-01-01T09:00:00.000Z"),
      row("ms-2", "2024-01-02T09:00:00.000Z"),
      row("ms-3", "2024-01-12T09:00:00.000Z"),
    ]);
    expect(h.err()).toBe(
      "window 1/2 2024-01-01T00:00:00.000Z → 2024-01-07T23:59:59.000Z: 2 messages\n" +
        "window 2/2 2024-01-07T23:59:59.000Z → 2024-01-13T23:59:59.999Z: 1 messages\n" +
        "exported 3 messages in 2 windows\n",
    );
    expect(h.requests.map((request) => request.auth)).toEqual(["env-jwt", "env-jwt"]);
    expect(Object.fromEntries(h.requests[1]?.url.searchParams ?? [])).toEqual({
      userId: "u-1",
      skip: "0",
      limit: "100",
      forward: "true",
      channelType: "rtm",
      dateFrom: "2024-01-07T23:59:59.000Z",
      dateTo: "2024-01-13T23:59:59.999Z",
    });
  });

  it("prefers --jwt, then KORE_HISTORY_JWT, then signs with KORE_CLIENT_ID + KORE_CLIENT_SECRET", async () => {
    const h = harness();
    await runHistoryExport(
      [...base, ...range, "--jwt", "arg-jwt"],
      h.io({ KORE_HISTORY_JWT: "env-jwt" }),
    );
    const env = {
      KORE_CLIENT_ID: "cs-app",
      KORE_CLIENT_SECRET: "s3cret-s3cret-s3cret-s3cret-s3cret",
    };
    expect(
      await runHistoryExport([...base, "--from", "2024-01-01", "--to", "2024-01-02"], h.io(env)),
    ).toBe(0);
    expect(h.requests[0]?.auth).toBe("arg-jwt");
    const signed = h.requests.at(-1)?.auth ?? "";
    const { payload, protectedHeader } = await jwtVerify(
      signed,
      new TextEncoder().encode(env.KORE_CLIENT_SECRET),
    );
    expect(protectedHeader.alg).toBe("HS256");
    expect(payload).toMatchObject({ iss: "cs-app", sub: "cs-app", appId: "cs-app" });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(300);
  });

  it.each([
    ["a missing option", [...base.slice(2), ...range], /--host is required/],
    ["an unknown option", [...base, ...range, "--secret", "x"], /Unknown option '--secret'/],
    [
      "a bad date",
      [...base, "--from", "2024-02-30", "--to", "2024-03-01"],
      /--from: "2024-02-30" is not a calendar date/,
    ],
    [
      "a reversed range",
      [...base, "--from", "2024-02-03", "--to", "2024-02-01"],
      /--to is before --from/,
    ],
    ["an unknown channel", [...base, ...range, "--channel", "whatsapp"], /--channel "whatsapp"/],
    ["a bad limit", [...base, ...range, "--limit", "0"], /--limit must be a whole number/],
    ["a bad method", [...base, ...range, "--method", "PUT"], /--method must be GET or POST/],
  ])("exits 2 with usage on %s, before any request", async (_label, argv, message) => {
    const h = harness();
    expect(await runHistoryExport(argv, h.io())).toBe(2);
    expect(h.err()).toMatch(message);
    expect(h.err()).toContain("Usage: kore-history-export");
    expect(h.requests).toHaveLength(0);
    expect(h.out()).toBe("");
  });

  it("exits 2 without credentials and never takes a secret on the command line", async () => {
    const h = harness();
    expect(await runHistoryExport([...base, ...range], h.io({ KORE_CLIENT_ID: "cs-app" }))).toBe(2);
    expect(h.err()).toMatch(/no credentials/);
    expect(await runHistoryExport([...base, ...range, "--client-secret", "x"], h.io())).toBe(2);
  });

  it("prints usage on --help with exit 0", async () => {
    const h = harness();
    expect(await runHistoryExport(["--help"], h.io({}))).toBe(0);
    expect(h.out()).toContain("--from <date> --to <date>");
  });

  it("exits 1 with the platform's message when the API fails", async () => {
    const h = harness(
      () =>
        new Response(JSON.stringify({ errors: [{ msg: "Invalid JWT", code: 401 }] }), {
          status: 401,
        }),
    );
    expect(await runHistoryExport([...base, ...range], h.io())).toBe(1);
    expect(h.err()).toMatch(/answered 401: Invalid JWT/);
  });

  describe("--out", () => {
    let directory = "";
    beforeEach(async () => {
      directory = await mkdtemp(join(tmpdir(), "kore-history-"));
    });
    afterEach(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it("writes the file, and leaves nothing behind when the export fails", async () => {
      const file = join(directory, "alice.jsonl");
      const ok = harness(() => page([row("ms-1", "2024-01-02T00:00:00.000Z")]));
      expect(await runHistoryExport([...base, ...range, "--out", file], ok.io())).toBe(0);
      expect(ok.out()).toBe("");
      expect(ok.err()).toContain(`to ${file}`);
      // Both windows answer the same row: exported once.
      expect(await readFile(file, "utf8")).toBe(
        `${JSON.stringify(row("ms-1", "2024-01-02T00:00:00.000Z"))}\n`,
      );
      expect(await readdir(directory)).toEqual(["alice.jsonl"]);

      let calls = 0;
      const failing = harness(() =>
        ++calls === 1
          ? page([row("ms-1", "2024-01-02T00:00:00.000Z")])
          : new Response("down", { status: 503 }),
      );
      const other = join(directory, "bob.jsonl");
      expect(await runHistoryExport([...base, ...range, "--out", other], failing.io())).toBe(1);
      expect(await readdir(directory)).toEqual(["alice.jsonl"]);
    });
  });
});
