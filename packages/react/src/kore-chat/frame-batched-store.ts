import type { ChatStore } from "@kore-chat/store";

/** A subscription to a store whose listeners are called at most once per animation frame. */
export type FrameBatchedSubscribe = (listener: () => void) => () => void;

const batched = new WeakMap<ChatStore, FrameBatchedSubscribe>();

/**
 * Subscribes to `store`, drawing a burst of changes once per animation frame: the first
 * change after a quiet frame is passed on at once (a single message or ack shows without
 * delay), later ones until the next frame are coalesced into one notification in that frame.
 * Without the batching, each of a thousand socket frames was its own render and layout
 * (bench/BENCHMARKS.md, "Burst"). One batcher per store, so every hook of a widget renders in
 * the same frame. In a hidden tab, where animation frames pause, the coalesced changes are
 * drawn when it is shown again; where there are no animation frames (Node), every change is
 * passed on at once.
 *
 * @example
 * useSyncExternalStore(frameBatchedSubscribe(store), () => store.getState().messages);
 */
export function frameBatchedSubscribe(store: ChatStore): FrameBatchedSubscribe {
  const existing = batched.get(store);
  if (existing !== undefined) return existing;
  const listeners = new Set<() => void>();
  let stopListening: (() => void) | undefined;
  let frame: number | undefined;
  let dirty = false;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const nextFrame = (callback: () => void): number | undefined =>
    typeof requestAnimationFrame === "function" ? requestAnimationFrame(callback) : undefined;
  const onFrame = () => {
    frame = undefined;
    if (!dirty) return;
    dirty = false;
    // Changes keep coming: keep coalescing them into the frames that follow.
    frame = nextFrame(onFrame);
    notify();
  };
  const onChange = () => {
    if (frame !== undefined) {
      dirty = true;
      return;
    }
    frame = nextFrame(onFrame);
    notify();
  };

  const subscribe: FrameBatchedSubscribe = (listener) => {
    listeners.add(listener);
    stopListening ??= store.subscribe(onChange);
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      stopListening?.();
      stopListening = undefined;
      if (frame !== undefined) cancelAnimationFrame(frame);
      frame = undefined;
      dirty = false;
    };
  };
  batched.set(store, subscribe);
  return subscribe;
}
