import type { ConnectionStatus } from "@kore-chat/transport";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectionBanner } from "./connection-banner.js";

afterEach(cleanup);

describe("ConnectionBanner", () => {
  it.each<[ConnectionStatus, string]>([
    ["connecting", "Connecting…"],
    ["reconnecting", "Reconnecting…"],
    ["offline", "Offline — messages will be sent when you're back"],
    ["failed", "Can't connect to the chat"],
  ])("says what %s means", (status, text) => {
    render(<ConnectionBanner status={status} />);
    expect(screen.getByRole("status").textContent).toBe(text);
  });

  it.each<ConnectionStatus>(["idle", "open", "closed"])(
    "is an empty status region when %s",
    (status) => {
      render(<ConnectionBanner status={status} onRetry={() => {}} />);
      expect(screen.getByRole("status").textContent).toBe("");
      expect(screen.queryByRole("button")).toBeNull();
    },
  );

  it("offers Retry only when failed", () => {
    const onRetry = vi.fn();
    const { rerender } = render(<ConnectionBanner status="reconnecting" onRetry={onRetry} />);
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    rerender(<ConnectionBanner status="failed" onRetry={onRetry} />);
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
