import { randomBytes } from "node:crypto";
import { type SimulatorHandle, startSimulator } from "@kore-chat/simulator";
import { afterEach, describe, expect, it } from "vitest";
import { KoreTransportError } from "./errors.js";
import type { KoreClient, KoreClientEvents } from "./kore-client.js";
import { simulatorClient } from "./testing/simulator-client.js";
import { waitFor } from "./testing/wait-for.js";

// PROTOCOL.md §10 against the real simulator over real HTTP: `client.upload` and a message
// that carries the upload.
let sim: SimulatorHandle | undefined;
const clients: KoreClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await sim?.close();
  sim = undefined;
});

function clientFor(simulator: SimulatorHandle, identity: string, connect = false) {
  const client = simulatorClient(simulator, identity);
  clients.push(client);
  const echoes: KoreClientEvents["user_message"][] = [];
  client.on("user_message", (frame) => echoes.push(frame));
  if (connect) client.connect();
  return { client, echoes };
}

const kinds = (simulator: SimulatorHandle) =>
  simulator.uploadRequests.map((request) =>
    request.chunkNo === undefined ? request.kind : `${request.kind} ${request.chunkNo}`,
  );

describe("client.upload against the simulator", () => {
  it("sends a 300 KB file in one request, and the simulator serves the same bytes back", async () => {
    sim = await startSimulator();
    const { client } = clientFor(sim, "single@example.com");
    const bytes = randomBytes(300 * 1024);
    const progress: number[] = [];
    const file = await client.upload(new Blob([bytes]), {
      fileName: "scan.png",
      onProgress: ({ sentBytes, totalBytes }) => progress.push(sentBytes / totalBytes),
    });
    expect(file).toMatchObject({ fileName: "scan.png", fileType: "image", size: bytes.length });
    expect(kinds(sim)).toEqual(["token", "file", "url"]);
    expect(progress).toEqual([0, 1]);
    const served = await fetch(file.fileUrl ?? "");
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    expect(sim.uploads).toMatchObject([{ fileId: file.fileId, size: bytes.length, chunks: 0 }]);
  });

  it("sends 3.5 MB in 4 chunks and a commit, progress rising to 100 %", async () => {
    sim = await startSimulator();
    const { client } = clientFor(sim, "chunks@example.com");
    const bytes = randomBytes(3.5 * 1024 * 1024);
    const progress: number[] = [];
    const file = await client.upload(bytes, {
      fileName: "manual.pdf",
      onProgress: ({ sentBytes, totalBytes }) => progress.push(sentBytes / totalBytes),
    });
    expect(kinds(sim)).toEqual([
      "token",
      "token",
      "chunk 0",
      "chunk 1",
      "chunk 2",
      "chunk 3",
      "commit",
      "url",
    ]);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBeGreaterThanOrEqual(5);
    const served = await fetch(file.fileUrl ?? "");
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    expect(sim.uploads).toMatchObject([{ fileId: file.fileId, chunks: 4 }]);
  });

  it("stops on cancel in the middle: no commit, nothing stored", async () => {
    sim = await startSimulator();
    const { client } = clientFor(sim, "cancel@example.com");
    const controller = new AbortController();
    const outcome = client.upload(randomBytes(3.5 * 1024 * 1024), {
      fileName: "big.pdf",
      signal: controller.signal,
      onProgress: ({ sentBytes }) => {
        if (sentBytes >= 2 * 1024 * 1024) controller.abort();
      },
    });
    await expect(outcome).rejects.toMatchObject({ name: "AbortError" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(kinds(sim)).not.toContain("commit");
    expect(kinds(sim).filter((kind) => kind.startsWith("chunk"))).toHaveLength(2);
    expect(sim.uploads).toEqual([]);
  });

  it("retries a chunk that failed once", async () => {
    sim = await startSimulator();
    const identity = "retry@example.com";
    sim.faults.failChunkOnce(1);
    const { client } = clientFor(sim, identity);
    const file = await client.upload(randomBytes(2.5 * 1024 * 1024), { fileName: "a.zip" });
    expect(file.fileId).not.toBe("");
    const chunkAnswers = sim.uploadRequests
      .filter((request) => request.kind === "chunk")
      .map((request) => `${request.chunkNo}:${request.status}`);
    expect(chunkAnswers).toEqual(["0:200", "1:500", "1:200", "2:200"]);
  });

  it("reports a 413 as too_large", async () => {
    sim = await startSimulator();
    sim.faults.rejectNextUpload(413);
    const { client } = clientFor(sim, "large@example.com");
    const error = await client.upload(randomBytes(1000), { fileName: "a.pdf" }).catch((e) => e);
    expect(error).toBeInstanceOf(KoreTransportError);
    expect(error).toMatchObject({ code: "too_large", status: 413 });
    expect(sim.uploads).toEqual([]);
  });

  it("puts the committed fileId in the frame; the other session's echo and history carry the file", async () => {
    sim = await startSimulator({ botReplyDelayMs: 5 });
    const identity = "frame@example.com";
    const { client } = clientFor(sim, identity, true);
    const other = clientFor(sim, identity, true);
    await waitFor(() => client.status === "open" && other.client.status === "open");
    const file = await client.upload(randomBytes(2048), { fileName: "photo.jpg" });
    client.send("my photo", { attachments: [file] });
    await waitFor(() => sim?.received.some((message) => message.body === "my photo") === true);
    const received = sim.received.find((message) => message.body === "my photo");
    expect(received?.attachments).toMatchObject([
      { fileId: file.fileId, fileName: "photo.jpg", fileType: "image" },
    ]);
    await waitFor(() => other.echoes.length > 0);
    expect(other.echoes[0]?.message.attachments).toMatchObject([
      { fileId: file.fileId, fileUrl: file.fileUrl },
    ]);
    const page = await client.fetchHistory();
    const row = page.messages.find((message) => message.type === "incoming");
    expect(JSON.stringify(row?.components)).toContain(file.fileId);
  });
});
