import { randomBytes } from "node:crypto";

/** Limits and clock of the attachment storage. */
export interface UploadStoreOptions {
  /** Largest file, single or assembled from chunks (bytes). */
  readonly maxUploadBytes: number;
  /** All files plus the chunks of uncommitted uploads (bytes); the oldest files go first. */
  readonly maxStoredBytes: number;
  /** How long an `attachment/file/token` stays valid. */
  readonly tokenTtlMs: number;
  readonly now: () => number;
}

/** The answer of `POST attachment/file/token`. */
export interface FileToken {
  readonly fileToken: string;
  /** Milliseconds since the epoch. */
  readonly expiresOn: number;
}

/** A file the platform holds. */
export interface StoredFile {
  readonly fileId: string;
  /** Owner; `""` for the simulator's own demo files. */
  readonly userId: string;
  readonly fileName: string;
  readonly fileExtension: string;
  readonly bytes: Uint8Array;
  readonly size: number;
}

/** One committed upload, as the handle records it. */
export interface UploadRecord {
  readonly userId: string;
  readonly fileId: string;
  readonly fileName: string;
  readonly fileExtension: string;
  readonly size: number;
  /** How many chunks it was assembled from; 0 for a single `attachment/file` upload. */
  readonly chunks: number;
  readonly at: number;
}

/** A storage answer: the value, or the HTTP status and message to refuse with. */
export type UploadResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly message: string };

/** What an upload says about the file besides its bytes. */
export interface FileMeta {
  readonly fileName: string;
  readonly fileExtension: string;
}

interface TokenRecord {
  readonly userId: string;
  readonly expiresAt: number;
}

interface PendingUpload {
  readonly chunks: Map<number, Uint8Array>;
}

interface Entry {
  readonly file: StoredFile;
  /** Pinned files (the demo's) are never evicted and not counted. */
  readonly pinned: boolean;
}

function refuse(status: number, message: string): { ok: false; status: number; message: string } {
  return { ok: false, status, message };
}

function tooLarge() {
  return refuse(413, "File too large");
}

/**
 * The platform's attachment storage, in memory and bounded: per-user tokens (valid for
 * `tokenTtlMs`), the chunks of uploads in progress and committed files, oldest evicted first
 * once `maxStoredBytes` would be exceeded.
 *
 * @example
 * const store = new UploadStore({ maxUploadBytes: 25 << 20, maxStoredBytes: 64 << 20, tokenTtlMs: 600_000, now: Date.now });
 * const { fileToken } = store.issueToken("u-1");
 * store.putChunk("u-1", fileToken, 0, new Uint8Array([1, 2]));
 * const committed = store.commit("u-1", fileToken, 1, { fileName: "a.bin", fileExtension: "bin" });
 * committed.ok && store.fileOf("u-1", committed.value.fileId)?.size; // 2
 */
export class UploadStore {
  /** Every committed upload, oldest first. */
  readonly records: UploadRecord[] = [];
  readonly #options: UploadStoreOptions;
  readonly #tokens = new Map<string, TokenRecord>();
  readonly #pending = new Map<string, PendingUpload>();
  /** Insertion order is age order: the first entry is evicted first. */
  readonly #files = new Map<string, Entry>();
  #usedBytes = 0;

  constructor(options: UploadStoreOptions) {
    this.#options = options;
  }

  /** The largest file accepted, in bytes. */
  get maxUploadBytes(): number {
    return this.#options.maxUploadBytes;
  }

  /** Bytes held: unpinned files plus pending chunks. */
  get storedBytes(): number {
    return this.#usedBytes;
  }

  issueToken(userId: string): FileToken {
    this.#prune();
    const fileToken = randomBytes(24).toString("base64url");
    const expiresOn = this.#options.now() + this.#options.tokenTtlMs;
    this.#tokens.set(fileToken, { userId, expiresAt: expiresOn });
    return { fileToken, expiresOn };
  }

  /** True when `token` is a live token issued to `userId`. */
  isToken(userId: string, token: string): boolean {
    this.#prune();
    return this.#tokens.get(token)?.userId === userId;
  }

  /** A single upload (`POST attachment/file`). */
  putFile(userId: string, meta: FileMeta, bytes: Uint8Array): UploadResult<StoredFile> {
    this.#prune();
    if (bytes.byteLength > this.#options.maxUploadBytes) return tooLarge();
    if (!this.#makeRoom(bytes.byteLength)) return refuse(413, "Upload storage is full");
    return { ok: true, value: this.#store(userId, meta, bytes, 0) };
  }

  /** Stores chunk `chunkNo` of the upload `fileToken`, replacing one sent before. */
  putChunk(
    userId: string,
    fileToken: string,
    chunkNo: number,
    bytes: Uint8Array,
  ): UploadResult<undefined> {
    if (!this.isToken(userId, fileToken)) return refuse(404, "Unknown file token");
    if (bytes.byteLength > this.#options.maxUploadBytes) return tooLarge();
    let pending = this.#pending.get(fileToken);
    if (pending === undefined) {
      pending = { chunks: new Map() };
      this.#pending.set(fileToken, pending);
    }
    const previous = pending.chunks.get(chunkNo);
    if (previous !== undefined) {
      pending.chunks.delete(chunkNo);
      this.#usedBytes -= previous.byteLength;
    }
    if (!this.#makeRoom(bytes.byteLength, fileToken)) {
      return refuse(413, "Upload storage is full");
    }
    pending.chunks.set(chunkNo, bytes);
    this.#usedBytes += bytes.byteLength;
    return { ok: true, value: undefined };
  }

  /**
   * Assembles chunks `0..totalChunks-1` of `fileToken` into a file and frees them (also when
   * the whole is too large). A missing chunk is refused with 400 and keeps the others.
   */
  commit(
    userId: string,
    fileToken: string,
    totalChunks: number,
    meta: FileMeta,
  ): UploadResult<StoredFile> {
    if (!this.isToken(userId, fileToken)) return refuse(404, "Unknown file token");
    const chunks = this.#pending.get(fileToken)?.chunks ?? new Map<number, Uint8Array>();
    // The first missing chunk is at most chunks.size, so this loop is short however large
    // totalChunks claims to be.
    const parts: Uint8Array[] = [];
    for (let chunkNo = 0; chunkNo < totalChunks; chunkNo++) {
      const chunk = chunks.get(chunkNo);
      if (chunk === undefined) return refuse(400, `Chunk ${chunkNo} is missing`);
      parts.push(chunk);
    }
    this.#dropPending(fileToken);
    this.#tokens.delete(fileToken);
    const bytes = Buffer.concat(parts);
    if (bytes.byteLength > this.#options.maxUploadBytes) return tooLarge();
    if (!this.#makeRoom(bytes.byteLength)) return refuse(413, "Upload storage is full");
    return { ok: true, value: this.#store(userId, meta, bytes, totalChunks) };
  }

  /** A file of the simulator's own (the demo's), never evicted; owned by no user. */
  seed(meta: FileMeta, bytes: Uint8Array): StoredFile {
    const file = this.#newFile("", meta, bytes);
    this.#files.set(file.fileId, { file, pinned: true });
    return file;
  }

  /** Any stored file, for serving its URL. */
  file(fileId: string): StoredFile | undefined {
    return this.#files.get(fileId)?.file;
  }

  /** The file when `userId` uploaded it. */
  fileOf(userId: string, fileId: string): StoredFile | undefined {
    const file = this.file(fileId);
    return file !== undefined && file.userId === userId ? file : undefined;
  }

  #store(userId: string, meta: FileMeta, bytes: Uint8Array, chunks: number): StoredFile {
    const file = this.#newFile(userId, meta, bytes);
    this.#files.set(file.fileId, { file, pinned: false });
    this.#usedBytes += file.size;
    this.records.push({
      userId,
      fileId: file.fileId,
      fileName: file.fileName,
      fileExtension: file.fileExtension,
      size: file.size,
      chunks,
      at: this.#options.now(),
    });
    return file;
  }

  #newFile(userId: string, meta: FileMeta, bytes: Uint8Array): StoredFile {
    return {
      fileId: randomBytes(12).toString("hex"),
      userId,
      fileName: meta.fileName,
      fileExtension: meta.fileExtension,
      bytes,
      size: bytes.byteLength,
    };
  }

  /** Evicts the oldest files, then the oldest other pending uploads, until `bytes` fit. */
  #makeRoom(bytes: number, keepToken?: string): boolean {
    const limit = this.#options.maxStoredBytes;
    for (const [fileId, entry] of this.#files) {
      if (this.#usedBytes + bytes <= limit) return true;
      if (entry.pinned) continue;
      this.#files.delete(fileId);
      this.#usedBytes -= entry.file.size;
    }
    for (const token of this.#pending.keys()) {
      if (this.#usedBytes + bytes <= limit) return true;
      if (token !== keepToken) this.#dropPending(token);
    }
    return this.#usedBytes + bytes <= limit;
  }

  #dropPending(fileToken: string): void {
    const pending = this.#pending.get(fileToken);
    if (pending === undefined) return;
    for (const chunk of pending.chunks.values()) this.#usedBytes -= chunk.byteLength;
    this.#pending.delete(fileToken);
  }

  /** Forgets expired tokens and frees their chunks. */
  #prune(): void {
    const now = this.#options.now();
    for (const [token, record] of this.#tokens) {
      if (now < record.expiresAt) continue;
      this.#tokens.delete(token);
      this.#dropPending(token);
    }
  }
}
