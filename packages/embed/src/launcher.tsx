import type { LauncherLabels } from "./embed-options.js";

export interface LauncherProps {
  readonly open: boolean;
  readonly unread: number;
  readonly panelId: string;
  readonly labels: LauncherLabels;
  readonly onToggle: () => void;
}

/**
 * The round button that opens and closes the panel; while closed it shows
 * how many bot messages came in, and says so to screen readers.
 */
export function Launcher({ open, unread, panelId, labels, onToggle }: LauncherProps) {
  const unreadId = `${panelId}-unread`;
  const showUnread = !open && unread > 0;
  return (
    <>
      <button
        type="button"
        className="kce-launcher"
        aria-label={open ? labels.close : labels.open}
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={showUnread ? unreadId : undefined}
        onClick={onToggle}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          {open ? (
            <path d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 1 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4Z" />
          ) : (
            <path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z" />
          )}
        </svg>
        {showUnread && (
          <span className="kce-badge" aria-hidden="true">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      <span id={unreadId} className="kce-visually-hidden" role="status">
        {showUnread ? labels.unread(unread) : ""}
      </span>
    </>
  );
}
