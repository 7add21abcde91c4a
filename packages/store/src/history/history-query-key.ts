/**
 * The TanStack Query key of a conversation's history pages (an infinite query, newest page
 * first): per bot and per user, so one user never sees another's cached history.
 *
 * @example
 * queryClient.getQueryData(historyQueryKey("st-…", "u-…"));
 */
export const historyQueryKey = (taskBotId: string, userId: string) =>
  ["kore-chat", taskBotId, userId, "history"] as const;

/** The key of the newest page alone, fetched again after a reconnect (not every loaded page). */
export const newestHistoryPageQueryKey = (taskBotId: string, userId: string) =>
  ["kore-chat", taskBotId, userId, "newest-history-page"] as const;
