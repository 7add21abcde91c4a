export type { ChatMessage, DeliveryStatus, MessageAuthor } from "./conversation/chat-message.js";
export {
  addEchoedUserMessage,
  addLiveBotTurn,
  addLocalSend,
  type Conversation,
  contentSignature,
  type EchoedUserMessage,
  type HistoryMessage,
  type LiveBotTurn,
  type LocalSend,
  MATCH_WINDOW_MS,
  mergeHistory,
  setDeliveryStatus,
} from "./conversation/conversation.js";
export { createNewMessageWatcher } from "./conversation/new-messages.js";
export {
  type ChatActions,
  type ChatState,
  type ChatStore,
  type ChatStoreOptions,
  createChatStore,
  type HistoryState,
} from "./create-chat-store.js";
export { toHistoryMessage } from "./history-message.js";
export * from "./normalize/index.js";
