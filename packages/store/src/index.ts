export {
  browserPageVisibility,
  type PageVisibility,
} from "./chat/agent-signals.js";
export {
  type AttachableFile,
  type AttachmentDraft,
  type AttachmentsState,
  attachmentsReady,
} from "./chat/attachment-drafts.js";
export { type ChatAction, chatReducer } from "./chat/chat-reducer.js";
export type { AgentState, ChatState, HistoryState } from "./chat/chat-state.js";
export type {
  ChatMessage,
  ConversationNotice,
  DeliveryStatus,
  MessageAuthor,
  StreamState,
} from "./conversation/chat-message.js";
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
export { type Receipt, setReceipt } from "./conversation/receipts.js";
export {
  addStreamChunk,
  expireStream,
  maxStreamLength,
  type StreamChunk,
} from "./conversation/streams.js";
export {
  type ChatActions,
  type ChatSendOptions,
  type ChatStore,
  type ChatStoreOptions,
  createChatStore,
} from "./create-chat-store.js";
export { toHistoryMessage } from "./history/history-message.js";
export { historyQueryKey, newestHistoryPageQueryKey } from "./history/history-query-key.js";
export * from "./normalize/index.js";
export { readStreamChunk } from "./normalize/read-stream-chunk.js";
