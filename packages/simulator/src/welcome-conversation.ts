import type { BotInfo } from "./bot-turn.js";
import { buildBotTurn } from "./bot-turn.js";
import { demoBotReply } from "./demo-bot.js";
import type { HistoryStore } from "./history-store.js";

const HOUR_MS = 3_600_000;

// Two exchanges: one two days ago (outside a 1-day window), one an hour ago with a template.
const WELCOME: ReadonlyArray<{ text: string; ageMs: number }> = [
  { text: "hi", ageMs: 48 * HOUR_MS },
  { text: "show quick_replies", ageMs: HOUR_MS },
];

/**
 * Seeds a short past conversation with the demo bot (user text, then the bot's reply, as
 * live turns would have stored them).
 *
 * @example
 * welcomeConversation({ userId, bot, nowMs: Date.now(), icon, history });
 */
export function welcomeConversation(context: {
  userId: string;
  bot: BotInfo;
  nowMs: number;
  icon: string;
  history: HistoryStore;
  /** Where the demo's media is served (the simulator's `/media/demo`). */
  mediaBase?: string;
}): void {
  const { userId, bot, history } = context;
  for (const { text, ageMs } of WELCOME) {
    const sentAt = context.nowMs - ageMs;
    history.append({
      userId,
      botId: bot.taskBotId,
      type: "incoming",
      texts: [text],
      createdOnMs: sentAt,
    });
    const built = buildBotTurn(demoBotReply(text), {
      botInfo: bot,
      icon: context.icon,
      nowMs: sentAt + 1000,
      ...(context.mediaBase === undefined ? {} : { mediaBase: context.mediaBase }),
    });
    history.append({
      userId,
      botId: bot.taskBotId,
      type: "outgoing",
      texts: built.historyTexts,
      createdOnMs: built.createdOnMs,
      id: built.messageId,
    });
  }
}
