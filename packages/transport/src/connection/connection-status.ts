/**
 * The one status a connection is in. Changed only by `nextConnectionState`.
 * - `idle`: created, `connect()` not called yet.
 * - `connecting`: getting a token and a socket, never open yet.
 * - `open`: the socket is open; messages flow.
 * - `reconnecting`: was open, lost it, trying again (with backoff).
 * - `offline`: the browser says there is no network; waiting for `online`.
 * - `closed`: the host called `close()`.
 * - `failed`: an error retrying cannot heal (see the status change's `error`).
 */
export type ConnectionStatus =
  | "idle"
  | "connecting"
  | "open"
  | "reconnecting"
  | "offline"
  | "closed"
  | "failed";

/** What can happen to a connection. */
export type ConnectionEvent =
  | "connect"
  | "opened"
  | "lost"
  | "went_offline"
  | "came_online"
  | "close"
  | "fatal";

export interface ConnectionState {
  readonly status: ConnectionStatus;
  /** Whether a socket of this connection has been open: later attempts are reconnects. */
  readonly hasBeenOpen: boolean;
}

export const initialConnectionState: ConnectionState = { status: "idle", hasBeenOpen: false };

const retrying = (state: ConnectionState): ConnectionStatus =>
  state.hasBeenOpen ? "reconnecting" : "connecting";

/**
 * The transition table. Events that make no sense in a status leave it unchanged.
 *
 * @example
 * nextConnectionState({ status: "open", hasBeenOpen: true }, "lost").status; // "reconnecting"
 */
export function nextConnectionState(
  state: ConnectionState,
  event: ConnectionEvent,
): ConnectionState {
  const to = (status: ConnectionStatus, hasBeenOpen = state.hasBeenOpen): ConnectionState =>
    status === state.status && hasBeenOpen === state.hasBeenOpen ? state : { status, hasBeenOpen };

  switch (event) {
    case "connect":
      if (state.status === "idle" || state.status === "closed") return to("connecting", false);
      if (state.status === "failed") return to(retrying(state));
      return state;
    case "opened":
      return state.status === "closed" || state.status === "failed" ? state : to("open", true);
    case "lost":
      if (state.status === "open") return to("reconnecting");
      return state;
    case "went_offline":
      return state.status === "connecting" || state.status === "reconnecting"
        ? to("offline")
        : state;
    case "came_online":
      return state.status === "offline" ? to(retrying(state)) : state;
    case "close":
      return to("closed");
    case "fatal":
      return state.status === "closed" ? state : to("failed");
    default:
      return event satisfies never;
  }
}
