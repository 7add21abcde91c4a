/** What the launcher shows. */
export interface LauncherSnapshot {
  readonly open: boolean;
  /** Bot and agent messages that arrived live while the panel was closed. */
  readonly unread: number;
  /** The larger panel ("Larger window" in the header). */
  readonly expanded: boolean;
}

/** The embed's only state: open or closed, the unread count, and the panel's size. */
export interface LauncherState {
  getSnapshot(): LauncherSnapshot;
  subscribe(listener: () => void): () => void;
  /** Opening reads everything: the count goes back to 0. */
  setOpen(open: boolean): void;
  addUnread(count: number): void;
  setExpanded(expanded: boolean): void;
}

export function createLauncherState(open: boolean): LauncherState {
  let snapshot: LauncherSnapshot = { open, unread: 0, expanded: false };
  const listeners = new Set<() => void>();
  const set = (next: LauncherSnapshot) => {
    if (
      next.open === snapshot.open &&
      next.unread === snapshot.unread &&
      next.expanded === snapshot.expanded
    )
      return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOpen: (nextOpen) =>
      set({ ...snapshot, open: nextOpen, unread: nextOpen ? 0 : snapshot.unread }),
    addUnread(count) {
      if (!snapshot.open && count > 0) set({ ...snapshot, unread: snapshot.unread + count });
    },
    setExpanded: (expanded) => set({ ...snapshot, expanded }),
  };
}
