/** What the launcher shows. */
export interface LauncherSnapshot {
  readonly open: boolean;
  /** Bot and agent messages that arrived live while the panel was closed. */
  readonly unread: number;
}

/** The embed's only state: open or closed, and the unread count. */
export interface LauncherState {
  getSnapshot(): LauncherSnapshot;
  subscribe(listener: () => void): () => void;
  /** Opening reads everything: the count goes back to 0. */
  setOpen(open: boolean): void;
  addUnread(count: number): void;
}

export function createLauncherState(open: boolean): LauncherState {
  let snapshot: LauncherSnapshot = { open, unread: 0 };
  const listeners = new Set<() => void>();
  const set = (next: LauncherSnapshot) => {
    if (next.open === snapshot.open && next.unread === snapshot.unread) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOpen: (nextOpen) => set({ open: nextOpen, unread: nextOpen ? 0 : snapshot.unread }),
    addUnread(count) {
      if (!snapshot.open && count > 0) set({ open: false, unread: snapshot.unread + count });
    },
  };
}
