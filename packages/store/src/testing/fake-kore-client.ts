import type {
  AgentEvent,
  BotInfo,
  Branding,
  ClientMessageId,
  ConnectionStatus,
  HistoryPage,
  HistoryPageRequest,
  KoreClient,
  KoreClientEvents,
  StoredMessage,
  UserInfo,
} from "@kore-chat/transport";
import {
  type AttachmentRules,
  checkFiles,
  defaultAttachmentRules,
  type FileFacts,
  type MessageAttachment,
  type UploadedFile,
  type UploadOptions,
  type UploadSource,
} from "@kore-chat/transport";

type Listener = (payload: never) => void;

/**
 * A `KoreClient` double for the store's and the components' tests (entry
 * `@kore-chat/store/testing`): the test emits events and answers history by hand.
 */
export class FakeKoreClient implements KoreClient {
  readonly botInfo: BotInfo = { chatBot: "Test Bot", taskBotId: "st-test" };
  status: ConnectionStatus = "idle";
  userInfo: UserInfo | undefined = { userId: "u-me" };
  readonly sent: Array<{
    id: ClientMessageId;
    text: string;
    renderMsg?: string | undefined;
    sensitive?: boolean;
    attachments?: readonly MessageAttachment[];
  }> = [];
  attachmentRules: AttachmentRules = defaultAttachmentRules;
  /** Uploads started with `upload`; a test finishes each with `resolve`, `reject` or `progress`. */
  readonly uploads: FakeUpload[] = [];
  readonly retried: ClientMessageId[] = [];
  readonly historyRequests: Array<{ offset: number; limit: number }> = [];
  /** What a previous page load left in the outbox; set it before creating the store. */
  restoredMessages: readonly StoredMessage[] = [];
  /** Answers `fetchHistory`; replace it per test. */
  answerHistory: (page: { offset: number; limit: number }) => Promise<HistoryPage> = async () => ({
    total: 0,
    moreAvailable: false,
    messages: [],
    rejectedRows: 0,
  });
  readonly #listeners = new Map<string, Set<Listener>>();
  #nextId = 1_000;

  /** How many times `connect()` was called. */
  connects = 0;

  connect(): void {
    this.connects += 1;
  }

  sessionId: string | undefined = undefined;
  /** Agent events written (`sendEvent`); they are written only while `status` is "open". */
  readonly sentEvents: AgentEvent[] = [];
  /** How many times `endConversation()` wrote its frame. */
  conversationsEnded = 0;

  sendEvent(event: AgentEvent): boolean {
    if (this.status !== "open") return false;
    this.sentEvents.push(event);
    return true;
  }

  endConversation(): boolean {
    if (this.status !== "open") return false;
    this.conversationsEnded += 1;
    this.sessionId = undefined;
    return true;
  }
  close(): void {}

  send(
    text: string,
    options: {
      renderMsg?: string;
      sensitive?: boolean;
      attachments?: readonly MessageAttachment[];
    } = {},
  ): ClientMessageId {
    this.#nextId += 1;
    this.sent.push({
      id: this.#nextId,
      text,
      renderMsg: options.renderMsg,
      ...(options.sensitive === undefined ? {} : { sensitive: options.sensitive }),
      ...(options.attachments === undefined ? {} : { attachments: options.attachments }),
    });
    return this.#nextId;
  }

  checkFiles<F extends FileFacts>(files: readonly F[], alreadyAttached = 0) {
    return checkFiles(files, this.attachmentRules, alreadyAttached);
  }

  upload(file: UploadSource, options: UploadOptions = {}): Promise<UploadedFile> {
    return new Promise<UploadedFile>((resolve, reject) => {
      const fileName = options.fileName ?? "";
      const size = file instanceof Blob ? file.size : file.byteLength;
      this.uploads.push({
        fileName,
        size,
        signal: options.signal,
        progress: (sentBytes) => options.onProgress?.({ sentBytes, totalBytes: size }),
        resolve: (fileId = `fi-${this.uploads.length}`) =>
          resolve({ fileId, fileName, fileType: "attachment", size }),
        reject,
      });
      options.signal?.addEventListener("abort", () => reject(options.signal?.reason), {
        once: true,
      });
    });
  }

  retry(clientMessageId: ClientMessageId): boolean {
    this.retried.push(clientMessageId);
    return true;
  }

  /** Answers `identify`; replace it per test (e.g. to fail like a host that cannot sign). */
  answerIdentify: () => Promise<UserInfo> = async () => this.userInfo ?? { userId: "u-me" };
  /** Signals of the history requests, to check that they are cancelled. */
  readonly historySignals: AbortSignal[] = [];

  identify(): Promise<UserInfo> {
    return this.answerIdentify();
  }

  /** Answers `fetchBranding`; replace it per test. */
  answerBranding: (signal?: AbortSignal) => Promise<Branding | undefined> = async () => undefined;
  /** The signal of each `fetchBranding` call. */
  readonly brandingRequests: Array<AbortSignal | undefined> = [];

  fetchBranding(signal?: AbortSignal): Promise<Branding | undefined> {
    this.brandingRequests.push(signal);
    return this.answerBranding(signal);
  }

  fetchHistory(page: HistoryPageRequest = {}): Promise<HistoryPage> {
    const request = { offset: page.offset ?? 0, limit: page.limit ?? 20 };
    this.historyRequests.push(request);
    if (page.signal !== undefined) this.historySignals.push(page.signal);
    return this.answerHistory(request);
  }

  on<K extends keyof KoreClientEvents>(event: K, listener: (payload: KoreClientEvents[K]) => void) {
    const set = this.#listeners.get(event) ?? new Set();
    set.add(listener as Listener);
    this.#listeners.set(event, set);
    return () => set.delete(listener as Listener);
  }

  emit<K extends keyof KoreClientEvents>(event: K, payload: KoreClientEvents[K]): void {
    if (event === "status") this.status = (payload as KoreClientEvents["status"]).status;
    for (const listener of this.#listeners.get(event) ?? [])
      (listener as (p: KoreClientEvents[K]) => void)(payload);
  }
}

/** An upload the fake client started, for a test to drive. */
export interface FakeUpload {
  readonly fileName: string;
  readonly size: number;
  readonly signal: AbortSignal | undefined;
  progress(sentBytes: number): void;
  resolve(fileId?: string): void;
  reject(error: unknown): void;
}

/** A history page of rows, newest first as the platform sends them. */
export function historyPage(
  rows: Array<{ id: string; type: "incoming" | "outgoing"; text: string; at: number }>,
  moreAvailable = false,
): HistoryPage {
  return {
    total: rows.length,
    moreAvailable,
    rejectedRows: 0,
    messages: rows.map((row) => ({
      _id: row.id,
      type: row.type,
      components: [{ cT: "text", data: { text: row.text } }],
      timestampValue: row.at,
      createdOn: new Date(row.at).toISOString(),
    })),
  };
}

export { driveQueryTimersWith } from "./query-timers.js";
