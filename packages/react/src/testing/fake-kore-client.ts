import type {
  ClientMessageId,
  ConnectionStatus,
  HistoryPage,
  KoreClient,
  KoreClientEvents,
  UserInfo,
} from "@kore-chat/transport";

type Listener = (payload: never) => void;

/** A `KoreClient` double for component tests: the test emits events by hand. */
export class FakeKoreClient implements KoreClient {
  status: ConnectionStatus = "idle";
  userInfo: UserInfo | undefined = { userId: "u-me" };
  readonly sent: Array<{ id: ClientMessageId; text: string; renderMsg?: string | undefined }> = [];
  connects = 0;
  history: HistoryPage = { total: 0, moreAvailable: false, messages: [], rejectedRows: 0 };
  readonly #listeners = new Map<string, Set<Listener>>();
  #nextId = 5_000;

  connect(): void {
    this.connects += 1;
  }
  close(): void {}
  send(text: string, options: { renderMsg?: string } = {}): ClientMessageId {
    this.#nextId += 1;
    this.sent.push({ id: this.#nextId, text, renderMsg: options.renderMsg });
    return this.#nextId;
  }
  retry(): boolean {
    return true;
  }
  async fetchHistory(): Promise<HistoryPage> {
    return this.history;
  }
  on<K extends keyof KoreClientEvents>(event: K, listener: (payload: KoreClientEvents[K]) => void) {
    const set = this.#listeners.get(event) ?? new Set();
    set.add(listener as Listener);
    this.#listeners.set(event, set);
    return () => set.delete(listener as Listener);
  }
  emit<K extends keyof KoreClientEvents>(event: K, payload: KoreClientEvents[K]): void {
    if (event === "status") this.status = (payload as KoreClientEvents["status"]).status;
    for (const listener of this.#listeners.get(event) ?? []) {
      (listener as (value: KoreClientEvents[K]) => void)(payload);
    }
  }
}
