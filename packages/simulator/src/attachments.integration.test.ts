import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { SimulatorHandle, SimulatorOptions } from "./simulator.js";
import { startSimulator } from "./simulator.js";
import type { Frame, TestSocket } from "./test-support/rtm-test-client.js";
import { connectUser, field, grant, isType, postJson } from "./test-support/rtm-test-client.js";

let simulator: SimulatorHandle;
const sockets: TestSocket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await simulator.close();
});

const MIB = 1024 * 1024;
const BASES = ["/api/1.1", "/api"] as const;
type Base = (typeof BASES)[number];

interface Answer {
  status: number;
  headers: Headers;
  body: Frame;
}

async function start(options: SimulatorOptions = {}) {
  simulator = await startSimulator(options);
  return simulator;
}

async function call(
  path: string,
  init: { method?: string; token?: string; form?: Record<string, string | Uint8Array> } = {},
): Promise<Answer> {
  let body: FormData | undefined;
  if (init.form !== undefined) {
    body = new FormData();
    for (const [name, value] of Object.entries(init.form)) {
      if (typeof value === "string") body.append(name, value);
      else body.append(name, new Blob([value]), "blob");
    }
  }
  const response = await fetch(`${simulator.url}${path}`, {
    method: init.method ?? "POST",
    headers: init.token === undefined ? {} : { authorization: `bearer ${init.token}` },
    ...(body === undefined ? {} : { body }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Frame,
  };
}

async function fileToken(token: string, base: Base = "/api/1.1"): Promise<string> {
  const answer = await call(`${base}/attachment/file/token`, { token });
  expect(answer.status).toBe(200);
  return answer.body.fileToken as string;
}

function single(token: string, fileName: string, bytes: Uint8Array, base: Base = "/api/1.1") {
  return call(`${base}/attachment/file`, {
    token,
    form: {
      fileExtension: fileName.split(".").pop() ?? "",
      fileContext: "workflows",
      thumbnailUpload: "false",
      filename: fileName,
      file: bytes,
    },
  });
}

function chunk(
  token: string,
  upload: { fileToken: string; messageToken: string },
  chunkNo: number,
  bytes: Uint8Array,
  base: Base = "/api/1.1",
) {
  return call(`${base}/attachment/file/${upload.fileToken}/chunk`, {
    token,
    form: { chunkNo: String(chunkNo), messageToken: upload.messageToken, chunk: bytes },
  });
}

function commit(
  token: string,
  upload: { fileToken: string; messageToken: string },
  totalChunks: number,
  fileName: string,
  base: Base = "/api/1.1",
) {
  return call(`${base}/attachment/file/${upload.fileToken}`, {
    method: "PUT",
    token,
    form: {
      totalChunks: String(totalChunks),
      messageToken: upload.messageToken,
      filename: fileName,
      fileExtension: fileName.split(".").pop() ?? "",
      fileContext: "workflows",
    },
  });
}

async function newUpload(token: string, base: Base = "/api/1.1") {
  return { fileToken: await fileToken(token, base), messageToken: await fileToken(token, base) };
}

async function fileUrlOf(token: string, fileId: string, base: Base = "/api/1.1") {
  const answer = await call(`${base}/attachment/file/${fileId}/url`, { method: "GET", token });
  expect(answer.status).toBe(200);
  return answer.body.fileUrl as string;
}

async function download(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

function splitIntoChunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    chunks.push(bytes.subarray(offset, offset + size));
  }
  return chunks;
}

async function uploadSingle(token: string, fileName: string, bytes: Uint8Array) {
  const answer = await single(token, fileName, bytes);
  expect(answer.status).toBe(200);
  return answer.body.fileId as string;
}

describe.each(BASES)("attachments under %s", (base) => {
  it("uploads a single file, gives its URL and serves the same bytes", async () => {
    await start();
    const { accessToken, userId } = await grant(simulator, "alice");
    const token = await call(`${base}/attachment/file/token`, { token: accessToken });
    expect(token.body).toEqual({ fileToken: expect.any(String), expiresOn: expect.any(Number) });
    expect(token.body.expiresOn).toBeGreaterThan(Date.now() + 9 * 60_000);
    const bytes = randomBytes(5_000);
    const uploaded = await single(accessToken, "notes (v2).txt", bytes, base);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toEqual({ fileId: expect.any(String) });
    const fileId = uploaded.body.fileId as string;
    const fileUrl = await fileUrlOf(accessToken, fileId, base);
    expect(fileUrl).toBe(`${simulator.url}/__files/${fileId}/notes%20(v2).txt`);
    const served = await download(fileUrl);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.bytes).equals(bytes)).toBe(true);
    expect(served.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("private, max-age=3600");
    expect(served.headers.get("access-control-allow-origin")).toBe("*");
    expect(served.headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''notes%20%28v2%29.txt",
    );
    expect(simulator.uploads).toEqual([
      {
        userId,
        fileId,
        fileName: "notes (v2).txt",
        fileExtension: "txt",
        size: 5_000,
        chunks: 0,
        at: expect.any(Number),
      },
    ]);
    expect(simulator.uploadRequests.map(({ kind, status }) => [kind, status])).toEqual([
      ["token", 200],
      ["file", 200],
      ["url", 200],
    ]);
  });

  it("assembles a chunked upload of 3.5 MiB and serves the same bytes", async () => {
    await start();
    const { accessToken } = await grant(simulator, "alice");
    const upload = await newUpload(accessToken, base);
    expect(upload.messageToken).not.toBe(upload.fileToken);
    const bytes = randomBytes(3.5 * MIB);
    const chunks = splitIntoChunks(bytes, MIB);
    expect(chunks).toHaveLength(4);
    // Out of order on purpose: the commit orders them by chunkNo.
    for (const chunkNo of [3, 0, 2, 1]) {
      const sent = await chunk(accessToken, upload, chunkNo, chunks[chunkNo] ?? bytes, base);
      expect(sent).toMatchObject({ status: 200, body: {} });
    }
    const committed = await commit(accessToken, upload, 4, "big.bin", base);
    expect(committed.status).toBe(200);
    const fileId = committed.body.fileId as string;
    const served = await download(await fileUrlOf(accessToken, fileId, base));
    expect(served.headers.get("content-type")).toBe("application/octet-stream");
    expect(Buffer.from(served.bytes).equals(bytes)).toBe(true);
    expect(simulator.uploads).toMatchObject([{ fileId, size: bytes.length, chunks: 4 }]);
    // The chunks are gone: the token cannot be committed again.
    expect((await commit(accessToken, upload, 4, "big.bin", base)).status).toBe(404);
  });
});

describe("attachment refusals", () => {
  it("refuses every attachment call without a valid bearer with 401", async () => {
    await start();
    const { accessToken } = await grant(simulator, "alice");
    const fileId = await uploadSingle(accessToken, "a.txt", randomBytes(10));
    const upload = await newUpload(accessToken);
    const form = { chunkNo: "0", messageToken: upload.messageToken, chunk: randomBytes(10) };
    const calls: Array<[string, string, Record<string, string | Uint8Array> | undefined]> = [
      ["POST", "/api/1.1/attachment/file/token", undefined],
      ["POST", "/api/attachment/file", { filename: "a.txt", file: randomBytes(10) }],
      ["POST", `/api/1.1/attachment/file/${upload.fileToken}/chunk`, form],
      ["PUT", `/api/attachment/file/${upload.fileToken}`, { totalChunks: "1" }],
      ["GET", `/api/1.1/attachment/file/${fileId}/url`, undefined],
    ];
    for (const token of [undefined, "not-a-token"]) {
      for (const [method, path, body] of calls) {
        const answer = await call(path, {
          method,
          ...(token === undefined ? {} : { token }),
          ...(body === undefined ? {} : { form: body }),
        });
        expect(answer.status, `${method} ${path}`).toBe(401);
        expect(answer.body).toEqual({ errors: [{ msg: "Invalid token", code: 401 }] });
      }
    }
    expect(simulator.uploadRequests.filter((request) => request.status === 401)).toHaveLength(10);
  });

  it("refuses a commit with a missing chunk with 400 naming it", async () => {
    await start();
    const { accessToken } = await grant(simulator, "alice");
    const upload = await newUpload(accessToken);
    await chunk(accessToken, upload, 0, randomBytes(100));
    await chunk(accessToken, upload, 2, randomBytes(100));
    const answer = await commit(accessToken, upload, 3, "a.bin");
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ msg: "Chunk 1 is missing", code: 400 }] });
    await chunk(accessToken, upload, 1, randomBytes(100));
    expect((await commit(accessToken, upload, 3, "a.bin")).status).toBe(200);
  });

  it("refuses chunks with a token that is not this user's", async () => {
    await start();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    const upload = await newUpload(alice.accessToken);
    expect((await chunk(bob.accessToken, upload, 0, randomBytes(10))).status).toBe(404);
    const bobs = { fileToken: upload.fileToken, messageToken: await fileToken(bob.accessToken) };
    expect((await chunk(alice.accessToken, bobs, 0, randomBytes(10))).status).toBe(400);
    const noMessageToken = { fileToken: upload.fileToken, messageToken: "" };
    expect((await chunk(alice.accessToken, noMessageToken, 0, randomBytes(10))).status).toBe(400);
    const madeUp = { fileToken: "made-up", messageToken: upload.messageToken };
    expect((await chunk(alice.accessToken, madeUp, 0, randomBytes(10))).status).toBe(404);
    expect((await commit(alice.accessToken, bobs, 1, "a.bin")).status).toBe(400);
  });

  it("refuses a single upload without a file or a file name with 400", async () => {
    await start();
    const { accessToken } = await grant(simulator, "alice");
    const path = "/api/1.1/attachment/file";
    expect((await call(path, { token: accessToken, form: { filename: "a.txt" } })).status).toBe(
      400,
    );
    expect((await call(path, { token: accessToken, form: { file: randomBytes(10) } })).status).toBe(
      400,
    );
    expect((await call(path, { token: accessToken })).status).toBe(400);
  });

  it("refuses files over maxUploadBytes with 413, single or assembled", async () => {
    await start({ maxUploadBytes: 1_000 });
    const { accessToken } = await grant(simulator, "alice");
    const single1001 = await single(accessToken, "big.txt", randomBytes(1_001));
    expect(single1001.status).toBe(413);
    expect(single1001.body).toEqual({ errors: [{ msg: "File too large", code: 413 }] });
    expect((await single(accessToken, "ok.txt", randomBytes(1_000))).status).toBe(200);
    // A body far over the limit is refused before it is read.
    expect((await single(accessToken, "huge.txt", randomBytes(2 * MIB))).status).toBe(413);
    const upload = await newUpload(accessToken);
    await chunk(accessToken, upload, 0, randomBytes(600));
    await chunk(accessToken, upload, 1, randomBytes(600));
    const committed = await commit(accessToken, upload, 2, "big.bin");
    expect(committed.status).toBe(413);
    expect(committed.body).toEqual({ errors: [{ msg: "File too large", code: 413 }] });
    expect(simulator.uploads).toHaveLength(1);
  });

  it("evicts the oldest files once maxStoredUploadBytes is exceeded", async () => {
    await start({ maxStoredUploadBytes: 3_000 });
    const { accessToken } = await grant(simulator, "alice");
    const first = await uploadSingle(accessToken, "1.bin", randomBytes(1_200));
    const firstUrl = await fileUrlOf(accessToken, first, "/api");
    const second = await uploadSingle(accessToken, "2.bin", randomBytes(1_200));
    const third = await uploadSingle(accessToken, "3.bin", randomBytes(1_200));
    const urlOf = (fileId: string) =>
      call(`/api/1.1/attachment/file/${fileId}/url`, { method: "GET", token: accessToken });
    expect((await urlOf(first)).status).toBe(404);
    expect((await download(firstUrl)).status).toBe(404);
    expect((await urlOf(second)).status).toBe(200);
    expect((await urlOf(third)).status).toBe(200);
    // Chunks of an upload in progress count too.
    const upload = await newUpload(accessToken);
    await chunk(accessToken, upload, 0, randomBytes(1_000));
    expect((await urlOf(second)).status).toBe(404);
    expect((await urlOf(third)).status).toBe(200);
  });

  it("expires upload tokens after ten minutes", async () => {
    let now = Date.now();
    await start({ now: () => now });
    const { accessToken } = await grant(simulator, "alice");
    const upload = await newUpload(accessToken);
    expect((await chunk(accessToken, upload, 0, randomBytes(10))).status).toBe(200);
    now += 10 * 60_000;
    expect((await chunk(accessToken, upload, 1, randomBytes(10))).status).toBe(404);
    expect((await commit(accessToken, upload, 1, "a.bin")).status).toBe(404);
  });
});

describe("attachment faults", () => {
  it("fails a chunk once with 500; the retry succeeds", async () => {
    await start();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    simulator.faults.failChunkOnce(1, { userId: alice.userId });
    const bobs = await newUpload(bob.accessToken);
    expect((await chunk(bob.accessToken, bobs, 1, randomBytes(10))).status).toBe(200);
    const upload = await newUpload(alice.accessToken);
    const bytes = randomBytes(300);
    const [a, b, c] = splitIntoChunks(bytes, 100) as [Uint8Array, Uint8Array, Uint8Array];
    expect((await chunk(alice.accessToken, upload, 0, a)).status).toBe(200);
    const failed = await chunk(alice.accessToken, upload, 1, b);
    expect(failed.status).toBe(500);
    expect((await chunk(alice.accessToken, upload, 1, b)).status).toBe(200);
    expect((await chunk(alice.accessToken, upload, 2, c)).status).toBe(200);
    const committed = await commit(alice.accessToken, upload, 3, "a.bin");
    const served = await download(
      await fileUrlOf(alice.accessToken, committed.body.fileId as string),
    );
    expect(Buffer.from(served.bytes).equals(bytes)).toBe(true);
    expect(
      simulator.uploadRequests
        .filter((request) => request.userId === alice.userId && request.kind === "chunk")
        .map(({ chunkNo, status }) => [chunkNo, status]),
    ).toEqual([
      [0, 200],
      [1, 500],
      [1, 200],
      [2, 200],
    ]);
  });

  it("rejects the next upload or commit with a status, over HTTP too", async () => {
    await start();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    simulator.faults.rejectNextUpload();
    const rejected = await single(alice.accessToken, "a.txt", randomBytes(10));
    expect(rejected.status).toBe(413);
    expect(rejected.body).toEqual({ errors: [{ msg: "File too large", code: 413 }] });
    expect((await single(alice.accessToken, "a.txt", randomBytes(10))).status).toBe(200);

    const control = await postJson(`${simulator.url}/__simulator/faults/reject-next-upload`, {
      status: 503,
      identity: "alice",
    });
    expect(control).toMatchObject({ status: 200, body: { rejectNextUpload: 503 } });
    expect((await single(bob.accessToken, "b.txt", randomBytes(10))).status).toBe(200);
    const upload = await newUpload(alice.accessToken);
    await chunk(alice.accessToken, upload, 0, randomBytes(10));
    expect((await commit(alice.accessToken, upload, 1, "a.bin")).status).toBe(503);
    // The chunks were kept: committing again works.
    expect((await commit(alice.accessToken, upload, 1, "a.bin")).status).toBe(200);
    const bad = await postJson(`${simulator.url}/__simulator/faults/reject-next-upload`, {
      status: 200,
    });
    expect(bad.status).toBe(400);
  });

  it("delays file and chunk POSTs, per user, until reset", async () => {
    await start();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    const control = await postJson(`${simulator.url}/__simulator/faults/upload-delay`, {
      ms: 500,
      identity: "alice",
    });
    expect(control).toMatchObject({ status: 200, body: { uploadDelayMs: 500 } });
    const timed = async (run: () => Promise<Answer>) => {
      const started = performance.now();
      expect((await run()).status).toBe(200);
      return performance.now() - started;
    };
    expect(await timed(() => single(alice.accessToken, "a.txt", randomBytes(10)))).toBeGreaterThan(
      480,
    );
    const upload = await newUpload(alice.accessToken);
    expect(await timed(() => chunk(alice.accessToken, upload, 0, randomBytes(10)))).toBeGreaterThan(
      480,
    );
    expect(await timed(() => single(bob.accessToken, "b.txt", randomBytes(10)))).toBeLessThan(400);
    await postJson(`${simulator.url}/__simulator/faults/reset`, {});
    expect(await timed(() => single(alice.accessToken, "a.txt", randomBytes(10)))).toBeLessThan(
      400,
    );
  });

  it("arms a chunk failure over HTTP and lists uploads and requests per user", async () => {
    await start();
    const alice = await grant(simulator, "alice");
    const bob = await grant(simulator, "bob");
    const control = await postJson(`${simulator.url}/__simulator/faults/fail-chunk-once`, {
      chunkNo: 0,
      identity: "alice",
    });
    expect(control).toMatchObject({ status: 200, body: { failChunkOnce: 0 } });
    const upload = await newUpload(alice.accessToken);
    expect((await chunk(alice.accessToken, upload, 0, randomBytes(10))).status).toBe(500);
    await uploadSingle(bob.accessToken, "b.txt", randomBytes(10));
    const fileId = await uploadSingle(alice.accessToken, "a.txt", randomBytes(10));
    const uploads = await fetch(`${simulator.url}/__simulator/uploads?identity=alice`);
    expect(await uploads.json()).toEqual([
      {
        userId: alice.userId,
        fileId,
        fileName: "a.txt",
        fileExtension: "txt",
        size: 10,
        chunks: 0,
        at: expect.any(Number),
      },
    ]);
    const requests = await fetch(`${simulator.url}/__simulator/upload-requests?identity=alice`);
    expect(await requests.json()).toEqual([
      { userId: alice.userId, kind: "token", status: 200, at: expect.any(Number) },
      { userId: alice.userId, kind: "token", status: 200, at: expect.any(Number) },
      { userId: alice.userId, kind: "chunk", chunkNo: 0, status: 500, at: expect.any(Number) },
      { userId: alice.userId, kind: "file", status: 200, at: expect.any(Number) },
    ]);
  });
});

describe("serving files", () => {
  it("sandboxes SVG and renders images inline", async () => {
    await start();
    const { accessToken } = await grant(simulator, "alice");
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const served = await download(
      await fileUrlOf(accessToken, await uploadSingle(accessToken, "logo.svg", svg)),
    );
    expect(served.headers.get("content-type")).toBe("image/svg+xml");
    expect(served.headers.get("content-security-policy")).toBe("sandbox");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("content-disposition")).toBeNull();
    const png = await download(
      await fileUrlOf(accessToken, await uploadSingle(accessToken, "a.png", randomBytes(10))),
    );
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("content-security-policy")).toBeNull();
    expect(png.headers.get("content-disposition")).toBeNull();
    expect((await download(`${simulator.url}/__files/unknown/a.png`)).status).toBe(404);
  });

  it("allows PUT in CORS preflights", async () => {
    await start();
    const response = await fetch(`${simulator.url}/api/1.1/attachment/file/abc`, {
      method: "OPTIONS",
      headers: {
        origin: "https://host.example",
        "access-control-request-method": "PUT",
        "access-control-request-headers": "authorization",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("PUT");
  });

  it("builds file URLs from publicOrigin", async () => {
    await start({ publicOrigin: "https://chat.example.com/" });
    const { accessToken } = await grant(simulator, "alice");
    const fileId = await uploadSingle(accessToken, "ü.txt", randomBytes(10));
    expect(await fileUrlOf(accessToken, fileId)).toBe(
      `https://chat.example.com/__files/${fileId}/%C3%BC.txt`,
    );
  });
});

describe("messages with attachments", () => {
  async function connect(identity: string) {
    const connected = await connectUser(simulator, identity);
    sockets.push(connected.socket);
    return connected;
  }

  function messageWith(id: number, body: string, attachments: unknown[]): Frame {
    return {
      clientMessageId: id,
      id,
      resourceid: "/bot.message",
      message: { body, attachments },
      botInfo: simulator.bot,
    };
  }

  it("stores known files as components, echoes the platform's URL and names them", async () => {
    await start({ botReplyDelayMs: 0 });
    const alice = await connect("alice");
    const other = await connect("alice");
    const pdfId = await uploadSingle(alice.accessToken, "report.pdf", randomBytes(12_288));
    const pngId = await uploadSingle(alice.accessToken, "photo.png", randomBytes(2_048));
    const pdfUrl = await fileUrlOf(alice.accessToken, pdfId);
    const pngUrl = await fileUrlOf(alice.accessToken, pngId);
    alice.socket.send(
      messageWith(1, "", [
        { fileName: "report.pdf", fileType: "attachment", fileId: pdfId, fileUrl: "https://x" },
        { fileName: "photo.png", fileType: "image", fileId: pngId },
      ]),
    );
    const ack = await alice.socket.waitFor((frame) => isType(frame, "ack"));
    expect(ack).toEqual({ ok: true, replyto: 1, message: "delivered", type: "ack" });
    const echo = await other.socket.waitFor((frame) => isType(frame, "user_message"));
    expect(echo.message).toEqual({
      body: "",
      attachments: [
        {
          fileName: "report.pdf",
          fileType: "attachment",
          fileId: pdfId,
          fileUrl: pdfUrl,
          size: 12_288,
        },
        { fileName: "photo.png", fileType: "image", fileId: pngId, fileUrl: pngUrl, size: 2_048 },
      ],
    });
    const reply = await alice.socket.waitFor((frame) => isType(frame, "bot_response"));
    expect(JSON.stringify(reply.message)).toContain(
      "Thanks, I got report.pdf (12 KB), photo.png (2 KB).",
    );
    const [row] = simulator.history.rows("alice");
    expect(row?.type).toBe("incoming");
    expect(row?.components).toEqual([
      {
        _id: expect.stringMatching(/^cp-/),
        cT: "attachment",
        data: { text: "", fileId: pdfId, fileName: "report.pdf", url: pdfUrl, size: 12_288 },
        thumbnails: [],
      },
      {
        _id: expect.stringMatching(/^cp-/),
        cT: "image",
        data: { text: "", fileId: pngId, fileName: "photo.png", url: pngUrl, size: 2_048 },
        thumbnails: [{ _id: expect.any(String), url: pngUrl, width: 0, height: 0, size: 2_048 }],
      },
    ]);
    // A text body comes first, then the files.
    alice.socket.send(messageWith(2, "see this", [{ fileType: "video?", fileId: pdfId }]));
    await alice.socket.waitFor((frame) => isType(frame, "ack") && field(frame, "replyto") === 2);
    const rows = simulator.history.rows("alice").filter((r) => r.type === "incoming");
    expect(rows[1]?.components.map((component) => component.cT)).toEqual(["text", "attachment"]);
    expect(rows[1]?.components[0]?.data.text).toBe("see this");
  });

  it("refuses a message with a file id it does not know for this user", async () => {
    await start({ botReplyDelayMs: 0 });
    const alice = await connect("alice");
    const bob = await connect("bob");
    const bobsFile = await uploadSingle(bob.accessToken, "b.txt", randomBytes(10));
    alice.socket.send(
      messageWith(1, "", [{ fileName: "b.txt", fileType: "attachment", fileId: bobsFile }]),
    );
    alice.socket.send(messageWith(2, "hi", [{ fileName: "x", fileType: "image", fileId: "nope" }]));
    for (const id of [1, 2]) {
      const ack = await alice.socket.waitFor(
        (frame) => isType(frame, "ack") && field(frame, "replyto") === id,
      );
      expect(ack).toEqual({ ok: false, replyto: id, message: "Unknown attachment", type: "ack" });
    }
    expect(simulator.received).toEqual([]);
    expect(simulator.history.rows("alice")).toEqual([]);
  });

  it("sends a downloadable file on 'send me a file'", async () => {
    await start({ botReplyDelayMs: 0 });
    const alice = await connect("alice");
    alice.socket.send(messageWith(1, "send me a file", []));
    const reply = await alice.socket.waitFor((frame) => isType(frame, "bot_response"));
    const parts = reply.message as Array<{
      component: { type: string; payload: { url: string; name: string } };
    }>;
    const file = parts[1]?.component;
    expect(file?.type).toBe("document");
    expect(file?.payload.name).toBe("kore-chat-guide.txt");
    expect(file?.payload.url).toMatch(
      new RegExp(`^${simulator.url}/__files/[0-9a-f]{24}/kore-chat-guide\\.txt$`),
    );
    const served = await download(file?.payload.url ?? "");
    expect(served.status).toBe(200);
    expect(new TextDecoder().decode(served.bytes)).toContain("kore-chat");
    expect(served.headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''kore-chat-guide.txt",
    );
  });
});
