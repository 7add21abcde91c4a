import { describe, expect, it } from "vitest";
import {
  type ConnectionEvent,
  type ConnectionState,
  initialConnectionState,
  nextConnectionState,
} from "./connection-status.js";

const run = (events: ConnectionEvent[], from: ConnectionState = initialConnectionState) =>
  events.reduce(nextConnectionState, from);

describe("nextConnectionState", () => {
  it("goes idle → connecting → open on the first connection", () => {
    expect(run(["connect"]).status).toBe("connecting");
    expect(run(["connect", "opened"])).toEqual({ status: "open", hasBeenOpen: true });
  });

  it("keeps `connecting` while the first connection keeps failing", () => {
    expect(run(["connect", "lost", "lost"]).status).toBe("connecting");
  });

  it("says `reconnecting` only after having been open", () => {
    expect(run(["connect", "opened", "lost"]).status).toBe("reconnecting");
    expect(run(["connect", "opened", "lost", "opened"]).status).toBe("open");
  });

  it("waits `offline` and comes back as reconnecting or connecting", () => {
    expect(run(["connect", "opened", "lost", "went_offline"]).status).toBe("offline");
    expect(run(["connect", "opened", "lost", "went_offline", "came_online"]).status).toBe(
      "reconnecting",
    );
    expect(run(["connect", "went_offline", "came_online"]).status).toBe("connecting");
  });

  it("ignores `went_offline` while the socket is still open (the keep-alive decides)", () => {
    expect(run(["connect", "opened", "went_offline"]).status).toBe("open");
  });

  it("`fatal` fails from anywhere but closed; `connect` retries a failed connection", () => {
    expect(run(["connect", "fatal"]).status).toBe("failed");
    expect(run(["connect", "close", "fatal"]).status).toBe("closed");
    expect(run(["connect", "opened", "fatal", "connect"]).status).toBe("reconnecting");
  });

  it("`close` is final until `connect`, which starts afresh", () => {
    const closed = run(["connect", "opened", "close"]);
    expect(closed.status).toBe("closed");
    expect(nextConnectionState(closed, "opened").status).toBe("closed");
    expect(nextConnectionState(closed, "connect")).toEqual({
      status: "connecting",
      hasBeenOpen: false,
    });
  });

  it("returns the same object when nothing changes", () => {
    const open = run(["connect", "opened"]);
    expect(nextConnectionState(open, "opened")).toBe(open);
  });
});
