/** Narrows an upload fault to one user; without `userId` it hits whoever comes first. */
export interface UploadFaultFilter {
  userId?: string;
}

interface Pending<T> {
  readonly value: T;
  readonly userId: string | undefined;
}

function matches(pending: { userId: string | undefined }, userId: string): boolean {
  return pending.userId === undefined || pending.userId === userId;
}

/** Removes and returns the first entry that applies to `userId`. */
function takeFirst<T>(queue: Pending<T>[], userId: string, accept: (value: T) => boolean) {
  const index = queue.findIndex((pending) => matches(pending, userId) && accept(pending.value));
  if (index < 0) return undefined;
  const [taken] = queue.splice(index, 1);
  return taken?.value;
}

/**
 * The attachment endpoints' faults (`failChunkOnce`, `rejectNextUpload`, `setUploadDelay`),
 * each optionally for one user so parallel test workers do not take each other's. Every call
 * arms one failure; a user's own delay wins over the one for everyone.
 *
 * @example
 * const faults = new UploadFaults();
 * faults.failChunkOnce(2, { userId: "u-1" });
 * faults.takeChunkFailure("u-2", 2); // false
 * faults.takeChunkFailure("u-1", 2); // true
 * faults.takeChunkFailure("u-1", 2); // false: once
 */
export class UploadFaults {
  readonly #chunkFailures: Pending<number>[] = [];
  readonly #rejections: Pending<number>[] = [];
  /** Delay per user id; the `""` key is the delay for everyone. */
  readonly #delays = new Map<string, number>();

  failChunkOnce(chunkNo: number, filter: UploadFaultFilter = {}): void {
    if (!Number.isInteger(chunkNo) || chunkNo < 0) {
      throw new RangeError(`chunkNo must be an integer >= 0, got ${chunkNo}`);
    }
    this.#chunkFailures.push({ value: chunkNo, userId: filter.userId });
  }

  /** True when this chunk upload must fail with 500 (consumes the fault). */
  takeChunkFailure(userId: string, chunkNo: number): boolean {
    return takeFirst(this.#chunkFailures, userId, (armed) => armed === chunkNo) !== undefined;
  }

  rejectNextUpload(status = 413, filter: UploadFaultFilter = {}): void {
    if (!Number.isInteger(status) || status < 400 || status > 599) {
      throw new RangeError(`rejectNextUpload status must be 400-599, got ${status}`);
    }
    this.#rejections.push({ value: status, userId: filter.userId });
  }

  /** The status this upload (single POST or commit PUT) must answer, or null (consumes it). */
  takeUploadRejection(userId: string): number | null {
    return takeFirst(this.#rejections, userId, () => true) ?? null;
  }

  setUploadDelay(ms: number, filter: UploadFaultFilter = {}): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Invalid delay: ${ms}`);
    this.#delays.set(filter.userId ?? "", ms);
  }

  /** How long this user's file and chunk POSTs wait before answering. */
  uploadDelayFor(userId: string): number {
    return this.#delays.get(userId) ?? this.#delays.get("") ?? 0;
  }

  /** Clears one user's own upload faults (not anyone's), or with no user every one. */
  reset(filter: UploadFaultFilter = {}): void {
    const { userId } = filter;
    if (userId === undefined) {
      this.#chunkFailures.length = 0;
      this.#rejections.length = 0;
      this.#delays.clear();
      return;
    }
    for (const queue of [this.#chunkFailures, this.#rejections]) {
      const kept = queue.filter((pending) => pending.userId !== userId);
      queue.splice(0, queue.length, ...kept);
    }
    this.#delays.delete(userId);
  }
}
