import type { SimulatorHandle } from "@kore-chat/simulator";

/** Seeds `count` text rows for `identity`, alternating user and bot, one minute apart, ending now. */
export function seedConversation(
  simulator: SimulatorHandle,
  identity: string,
  count: number,
): void {
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, index) => ({
    type: index % 2 === 0 ? ("incoming" as const) : ("outgoing" as const),
    text:
      index % 2 === 0
        ? `Question ${index}: how do I reset my password?`
        : `Answer ${index}: open Settings, then Security, and choose *Reset password*.`,
    createdOn: new Date(now - (count - index) * 60_000),
  }));
  simulator.history.seed(identity, rows);
}
