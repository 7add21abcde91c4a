import { describe, expect, it } from "vitest";
import { KoreTransportError } from "../errors.js";
import { type ClientHarness, createClientHarness, settle } from "../testing/client-harness.js";
import type { RecordedRequest } from "../testing/fake-platform-fetch.js";
import type { UploadProgress } from "./upload-file.js";

const MiB = 1024 * 1024;

/** A fake platform with the four attachment endpoints and the file URL (PROTOCOL.md §10). */
function uploadHarness(options: Parameters<typeof createClientHarness>[0] = {}) {
  const h = createClientHarness(options);
  let tokens = 0;
  h.platform.route("/attachment/file/token", () => {
    tokens += 1;
    return { status: 200, body: { fileToken: `ft-${tokens}` } };
  });
  h.platform.route("/attachment/file", () => ({ status: 200, body: { fileId: "fi-single" } }));
  h.platform.route("/chunk", () => ({ status: 200, body: {} }));
  h.platform.route("/attachment/file/ft-1", () => ({
    status: 200,
    body: { fileId: "fi-chunked" },
  }));
  h.platform.route("/url", (request) => ({
    status: 200,
    body: { fileUrl: `https://files.test/${request.url.pathname.split("/").at(-2)}` },
  }));
  return h;
}

const attachmentRequests = (h: ClientHarness) =>
  h.platform.requests.filter((request) => request.url.pathname.includes("/attachment/"));
const describeRequest = (request: RecordedRequest) =>
  `${request.method} ${request.url.pathname.replace("/api/1.1/attachment/file", "")}`;
const field = (request: RecordedRequest | undefined, name: string) => request?.form?.get(name);

function bytes(size: number, name: string, type = "application/octet-stream") {
  return new File([new Uint8Array(size)], name, { type });
}

describe("client.upload: one request for a file up to 1 MiB", () => {
  it("gets a file token, posts the file as multipart, then asks for its URL", async () => {
    const h = uploadHarness();
    const progress: UploadProgress[] = [];
    const uploaded = await h.client.upload(bytes(300 * 1024, "shot.png", "image/png"), {
      onProgress: (step) => progress.push(step),
    });
    expect(uploaded).toEqual({
      fileId: "fi-single",
      fileName: "shot.png",
      fileType: "image",
      size: 300 * 1024,
      fileUrl: "https://files.test/fi-single",
    });
    const requests = attachmentRequests(h);
    expect(requests.map(describeRequest)).toEqual(["POST /token", "POST ", "GET /fi-single/url"]);
    expect(requests.every((request) => request.headers.authorization?.startsWith("bearer "))).toBe(
      true,
    );
    const post = requests[1];
    expect(field(post, "fileExtension")).toBe("png");
    expect(field(post, "fileContext")).toBe("workflows");
    expect(field(post, "thumbnailUpload")).toBe("false");
    expect(field(post, "filename")).toBe("shot.png");
    expect((field(post, "file") as File).size).toBe(300 * 1024);
    expect(progress.at(0)).toEqual({ sentBytes: 0, totalBytes: 300 * 1024 });
    expect(progress.at(-1)).toEqual({ sentBytes: 300 * 1024, totalBytes: 300 * 1024 });
  });

  it("takes bytes with a name (a Node Buffer) as well as a File", async () => {
    const h = uploadHarness();
    // A small Buffer is a view into Node's shared pool: only its own bytes go.
    const buffer = Buffer.from("abc");
    expect(buffer.buffer.byteLength).toBeGreaterThan(3);
    const uploaded = await h.client.upload(buffer, { fileName: "notes.txt" });
    expect(uploaded).toMatchObject({ fileName: "notes.txt", fileType: "attachment", size: 3 });
    const sent = h.platform.requestsTo("/attachment/file")[0]?.form?.get("file") as Blob;
    expect(await sent.text()).toBe("abc");
  });

  it("uses the web SDK's base path with paths.attachments", async () => {
    const h = uploadHarness({ paths: { attachments: "/api/attachment/file" } });
    await h.client.upload(bytes(10, "a.pdf"));
    expect(attachmentRequests(h).map((request) => request.url.pathname)).toEqual([
      "/api/attachment/file/token",
      "/api/attachment/file",
      "/api/attachment/file/fi-single/url",
    ]);
  });

  it("sends the uploaded file in the message's attachments", async () => {
    const h = uploadHarness();
    const socket = await h.connectAndOpen();
    const uploaded = await h.client.upload(bytes(10, "a.pdf"));
    h.client.send("", { attachments: [uploaded] });
    expect(socket.userMessages().at(-1)?.message).toEqual({
      body: "",
      attachments: [
        {
          fileId: "fi-single",
          fileName: "a.pdf",
          fileType: "attachment",
          size: 10,
          fileUrl: "https://files.test/fi-single",
        },
      ],
    });
  });

  it("still returns the file when the platform gives no URL for it", async () => {
    const h = uploadHarness();
    h.platform.route("/url", () => ({ status: 404, body: {} }));
    const uploaded = await h.client.upload(bytes(10, "a.pdf"));
    expect(uploaded.fileId).toBe("fi-single");
    expect("fileUrl" in uploaded).toBe(false);
  });
});

describe("client.upload: 1 MiB chunks and a commit above 1 MiB", () => {
  it("uploads 3.5 MiB as 4 chunks under a second token, commits, and reports rising progress", async () => {
    const h = uploadHarness();
    const progress: number[] = [];
    const size = 3.5 * MiB;
    const uploaded = await h.client.upload(bytes(size, "video.mp4"), {
      onProgress: ({ sentBytes, totalBytes }) => progress.push(sentBytes / totalBytes),
    });
    expect(uploaded).toMatchObject({ fileId: "fi-chunked", fileType: "video", size });
    const requests = attachmentRequests(h);
    expect(requests.map(describeRequest)).toEqual([
      "POST /token",
      "POST /token",
      "POST /ft-1/chunk",
      "POST /ft-1/chunk",
      "POST /ft-1/chunk",
      "POST /ft-1/chunk",
      "PUT /ft-1",
      "GET /fi-chunked/url",
    ]);
    const chunks = requests.filter((request) => request.url.pathname.endsWith("/chunk"));
    expect(chunks.map((chunk) => field(chunk, "chunkNo"))).toEqual(["0", "1", "2", "3"]);
    expect(chunks.map((chunk) => field(chunk, "messageToken"))).toEqual(Array(4).fill("ft-2"));
    expect(chunks.map((chunk) => (field(chunk, "chunk") as Blob).size)).toEqual([
      MiB,
      MiB,
      MiB,
      MiB / 2,
    ]);
    const commit = requests[6];
    expect(field(commit, "totalChunks")).toBe("4");
    expect(field(commit, "messageToken")).toBe("ft-2");
    expect(field(commit, "filename")).toBe("video.mp4");
    expect(field(commit, "fileExtension")).toBe("mp4");
    expect(progress).toEqual([0, 1 / 3.5, 2 / 3.5, 3 / 3.5, 1, 1]);
  });

  it("retries a chunk that failed once, after a backoff, and goes on", async () => {
    const h = uploadHarness();
    let chunkCalls = 0;
    h.platform.route("/chunk", () => {
      chunkCalls += 1;
      return chunkCalls === 2 ? { status: 502, body: {} } : { status: 200, body: {} };
    });
    let result: unknown;
    void h.client.upload(bytes(2.5 * MiB, "big.pdf")).then((file) => {
      result = file;
    });
    await h.advance(100);
    expect(result).toBeUndefined(); // waiting out the backoff
    await h.advance(2_000);
    expect(result).toMatchObject({ fileId: "fi-chunked" });
    const chunkNumbers = attachmentRequests(h)
      .filter((request) => request.url.pathname.endsWith("/chunk"))
      .map((request) => field(request, "chunkNo"));
    expect(chunkNumbers).toEqual(["0", "1", "1", "2"]);
  });

  it("fails after three tries of the same chunk, and commits nothing", async () => {
    const h = uploadHarness();
    h.platform.route("/chunk", () => ({ status: 500, body: {} }));
    let error: unknown;
    void h.client.upload(bytes(2 * MiB, "big.pdf")).catch((reason: unknown) => {
      error = reason;
    });
    await h.advance(10_000);
    expect(error).toBeInstanceOf(KoreTransportError);
    expect((error as KoreTransportError).status).toBe(500);
    expect(h.platform.requestsTo("/chunk")).toHaveLength(3);
    expect(attachmentRequests(h).some((request) => request.method === "PUT")).toBe(false);
  });

  it("stops on cancel: no further chunk and no commit", async () => {
    const h = uploadHarness();
    const controller = new AbortController();
    h.platform.route("/chunk", () => {
      if (h.platform.requestsTo("/chunk").length === 2) controller.abort();
      return { status: 200, body: {} };
    });
    const outcome = h.client.upload(bytes(3.5 * MiB, "big.pdf"), { signal: controller.signal });
    await expect(outcome).rejects.toMatchObject({ name: "AbortError" });
    await settle();
    expect(h.platform.requestsTo("/chunk")).toHaveLength(2);
    expect(attachmentRequests(h).some((request) => request.method === "PUT")).toBe(false);
  });
});

describe("client.upload: errors", () => {
  it("gets a fresh token once on a 401 and tries again", async () => {
    const h = uploadHarness();
    h.platform.failNext("/attachment/file", { status: 401, body: {} });
    const uploaded = await h.client.upload(bytes(10, "a.pdf"));
    expect(uploaded.fileId).toBe("fi-single");
    expect(h.platform.requestsTo("/jwtgrant")).toHaveLength(2);
    expect(h.jwtCalls()).toBe(2);
  });

  it("reports a 413 as too_large at once, without retrying", async () => {
    const h = uploadHarness();
    h.platform.failNext("/attachment/file", { status: 413, body: {} });
    await expect(h.client.upload(bytes(10, "a.pdf"))).rejects.toMatchObject({
      code: "too_large",
      status: 413,
    });
    expect(h.platform.requestsTo("/attachment/file")).toHaveLength(1);
  });

  it.each([
    ["setup.exe", 10, "type_not_allowed"],
    ["script.JS", 10, "type_not_allowed"],
    ["no-extension", 10, "type_not_allowed"],
    ["empty.pdf", 0, "empty"],
    ["huge.pdf", 30 * 1000 * 1000, "too_large"],
  ])("refuses %s (%i bytes) before sending anything: %s", async (name, size, reason) => {
    const h = uploadHarness();
    const outcome = h.client.upload(new Blob([new Uint8Array(size)]), { fileName: name });
    await expect(outcome).rejects.toMatchObject({
      code: "attachment_rejected",
      rejection: { reason, fileName: name },
    });
    expect(h.platform.requests).toEqual([]);
  });

  it("follows the host's rules; executables stay refused even when allowed", async () => {
    const h = uploadHarness({
      attachments: { maxFileBytes: 100, maxFiles: 2, allowedExtensions: ["pdf", ".EXE"] },
    });
    expect(h.client.attachmentRules).toMatchObject({ maxFileBytes: 100, maxFiles: 2 });
    const files = [
      { name: "a.pdf", size: 100 },
      { name: "b.pdf", size: 101 },
      { name: "c.png", size: 1 },
      { name: "d.exe", size: 1 },
      { name: "e.pdf", size: 1 },
      { name: "f.pdf", size: 1 },
    ];
    const { accepted, rejected } = h.client.checkFiles(files, 0);
    expect(accepted.map((file) => file.name)).toEqual(["a.pdf", "e.pdf"]);
    expect(rejected).toEqual([
      { reason: "too_large", fileName: "b.pdf", limit: 100 },
      { reason: "type_not_allowed", fileName: "c.png" },
      { reason: "type_not_allowed", fileName: "d.exe" },
      { reason: "too_many", fileName: "f.pdf", limit: 2 },
    ]);
    expect(h.client.checkFiles([{ name: "g.pdf", size: 1 }], 2).rejected).toEqual([
      { reason: "too_many", fileName: "g.pdf", limit: 2 },
    ]);
  });
});
