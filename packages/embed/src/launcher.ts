import type { LauncherState } from "./launcher-state.js";
import type { LauncherLabels } from "./mount-options.js";

const svgNs = "http://www.w3.org/2000/svg";
const chatIcon = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Z";
const closeIcon =
  "M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 1 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4Z";

export interface LauncherView {
  readonly button: HTMLButtonElement;
  /** Stops following the launcher's state (the elements go with the host). */
  readonly stop: () => void;
}

/**
 * The round button that opens and closes the panel, drawn with the DOM alone (the script draws
 * it before any framework has loaded): while closed it shows how many bot messages came in, and
 * says so to screen readers through a status line. Follows `launcher` until `stop()`.
 */
export function drawLauncher(
  parent: Element,
  launcher: LauncherState,
  labels: LauncherLabels,
  panelId: string,
  onToggle: () => void,
): LauncherView {
  const document = parent.ownerDocument;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "kce-launcher";
  button.setAttribute("aria-controls", panelId);
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const path = document.createElementNS(svgNs, "path");
  svg.append(path);
  const badge = document.createElement("span");
  badge.className = "kce-badge";
  badge.setAttribute("aria-hidden", "true");
  button.append(svg);
  button.addEventListener("click", onToggle);
  const status = document.createElement("span");
  status.id = `${panelId}-unread`;
  status.className = "kce-visually-hidden";
  status.setAttribute("role", "status");
  parent.append(button, status);

  const update = () => {
    const { open, unread } = launcher.getSnapshot();
    const showUnread = !open && unread > 0;
    button.setAttribute("aria-label", open ? labels.close : labels.open);
    button.setAttribute("aria-expanded", String(open));
    path.setAttribute("d", open ? closeIcon : chatIcon);
    if (showUnread) {
      button.setAttribute("aria-describedby", status.id);
      badge.textContent = unread > 99 ? "99+" : String(unread);
      button.append(badge);
    } else {
      button.removeAttribute("aria-describedby");
      badge.remove();
    }
    const said = showUnread ? labels.unread(unread) : "";
    if (status.textContent !== said) status.textContent = said;
  };
  update();
  return { button, stop: launcher.subscribe(update) };
}
