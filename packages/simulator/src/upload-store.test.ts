import { describe, expect, it } from "vitest";
import { UploadStore } from "./upload-store.js";

const meta = { fileName: "a.bin", fileExtension: "bin" };

function store(options: { maxUploadBytes?: number; maxStoredBytes?: number } = {}) {
  const clock = { now: 1_000 };
  const uploads = new UploadStore({
    maxUploadBytes: options.maxUploadBytes ?? 100,
    maxStoredBytes: options.maxStoredBytes ?? 1_000,
    tokenTtlMs: 600_000,
    now: () => clock.now,
  });
  return { uploads, clock };
}

const bytes = (length: number, fill = 1) => new Uint8Array(length).fill(fill);

describe("UploadStore", () => {
  it("issues per-user tokens valid for ten minutes", () => {
    const { uploads, clock } = store();
    const token = uploads.issueToken("u-1");
    expect(token.expiresOn).toBe(601_000);
    expect(uploads.isToken("u-1", token.fileToken)).toBe(true);
    expect(uploads.isToken("u-2", token.fileToken)).toBe(false);
    clock.now = 601_000;
    expect(uploads.isToken("u-1", token.fileToken)).toBe(false);
  });

  it("stores a single file for its owner only and records it", () => {
    const { uploads } = store();
    const result = uploads.putFile("u-1", meta, bytes(10));
    if (!result.ok) throw new Error(result.message);
    expect(uploads.fileOf("u-1", result.value.fileId)?.size).toBe(10);
    expect(uploads.fileOf("u-2", result.value.fileId)).toBeUndefined();
    expect(uploads.records).toEqual([
      { userId: "u-1", fileId: result.value.fileId, ...meta, size: 10, chunks: 0, at: 1_000 },
    ]);
    expect(uploads.putFile("u-1", meta, bytes(101))).toEqual({
      ok: false,
      status: 413,
      message: "File too large",
    });
  });

  it("assembles chunks in order, replacing a re-sent one, then frees them", () => {
    const { uploads } = store();
    const { fileToken } = uploads.issueToken("u-1");
    uploads.putChunk("u-1", fileToken, 1, bytes(2, 2));
    uploads.putChunk("u-1", fileToken, 0, bytes(3, 9));
    uploads.putChunk("u-1", fileToken, 0, bytes(2, 1));
    expect(uploads.storedBytes).toBe(4);
    const result = uploads.commit("u-1", fileToken, 2, meta);
    if (!result.ok) throw new Error(result.message);
    expect([...result.value.bytes]).toEqual([1, 1, 2, 2]);
    expect(uploads.storedBytes).toBe(4);
    expect(uploads.records[0]?.chunks).toBe(2);
    expect(uploads.commit("u-1", fileToken, 2, meta)).toMatchObject({ ok: false, status: 404 });
  });

  it("names the missing chunk and keeps the others", () => {
    const { uploads } = store();
    const { fileToken } = uploads.issueToken("u-1");
    uploads.putChunk("u-1", fileToken, 0, bytes(1));
    uploads.putChunk("u-1", fileToken, 2, bytes(1));
    expect(uploads.commit("u-1", fileToken, 3, meta)).toEqual({
      ok: false,
      status: 400,
      message: "Chunk 1 is missing",
    });
    expect(uploads.commit("u-1", fileToken, 1e12, meta)).toMatchObject({ status: 400 });
    uploads.putChunk("u-1", fileToken, 1, bytes(1));
    expect(uploads.commit("u-1", fileToken, 3, meta).ok).toBe(true);
  });

  it("refuses chunks of a token of another user or an expired one", () => {
    const { uploads, clock } = store();
    const { fileToken } = uploads.issueToken("u-1");
    expect(uploads.putChunk("u-2", fileToken, 0, bytes(1))).toMatchObject({ status: 404 });
    uploads.putChunk("u-1", fileToken, 0, bytes(5));
    clock.now += 600_000;
    expect(uploads.putChunk("u-1", fileToken, 1, bytes(1))).toMatchObject({ status: 404 });
    expect(uploads.storedBytes).toBe(0);
  });

  it("refuses an assembled file over the limit and frees its chunks", () => {
    const { uploads } = store({ maxUploadBytes: 10 });
    const { fileToken } = uploads.issueToken("u-1");
    uploads.putChunk("u-1", fileToken, 0, bytes(6));
    uploads.putChunk("u-1", fileToken, 1, bytes(6));
    expect(uploads.commit("u-1", fileToken, 2, meta)).toMatchObject({ ok: false, status: 413 });
    expect(uploads.storedBytes).toBe(0);
  });

  it("evicts the oldest files first, never the seeded ones", () => {
    const { uploads } = store({ maxStoredBytes: 100 });
    const seeded = uploads.seed({ fileName: "guide.txt", fileExtension: "txt" }, bytes(50));
    const ids = [1, 2, 3].map((n) => {
      const result = uploads.putFile("u-1", meta, bytes(40, n));
      if (!result.ok) throw new Error(result.message);
      return result.value.fileId;
    });
    expect(ids.map((id) => uploads.file(id) !== undefined)).toEqual([false, true, true]);
    expect(uploads.storedBytes).toBe(80);
    expect(uploads.file(seeded.fileId)?.size).toBe(50);
    const { fileToken } = uploads.issueToken("u-1");
    uploads.putChunk("u-1", fileToken, 0, bytes(90));
    expect(ids.map((id) => uploads.file(id) !== undefined)).toEqual([false, false, false]);
    expect(uploads.storedBytes).toBe(90);
  });
});
