/** The TanStack Query key of a conversation's history pages, to find them in your QueryClient. */
export { historyQueryKey } from "@kore-chat/store";
export { AttachmentTray, type AttachmentTrayProps } from "./attachments/attachment-tray.js";
export { formatFileSize } from "./attachments/file-size.js";
export { ImageLightbox, type ImageLightboxProps } from "./attachments/image-lightbox.js";
export { BotTurn, type BotTurnProps, type PartViewProps } from "./components/bot-turn.js";
export { ChatHeader, type ChatHeaderProps } from "./components/chat-header.js";
export {
  Composer,
  type ComposerAttachments,
  type ComposerProps,
} from "./components/composer.js";
export { ConnectionBanner, type ConnectionBannerProps } from "./components/connection-banner.js";
export { MessageItem, type MessageItemProps } from "./components/message-item.js";
export { MessageList, type MessageListProps } from "./components/message-list.js";
export { SystemLine, type SystemLineProps } from "./components/system-line.js";
export { TypingIndicator, type TypingIndicatorProps } from "./components/typing-indicator.js";
export { UserMessage, type UserMessageProps } from "./components/user-message.js";
export {
  WelcomeScreen,
  type WelcomeScreenProps,
  type WelcomeStarter,
} from "./components/welcome-screen.js";
export { arabicStrings } from "./i18n/arabic-strings.js";
export { frenchStrings } from "./i18n/french-strings.js";
export { germanStrings } from "./i18n/german-strings.js";
export { japaneseStrings } from "./i18n/japanese-strings.js";
export { candidateTags, directionOf, locales, resolveStrings } from "./i18n/locales.js";
export { spanishStrings } from "./i18n/spanish-strings.js";
export { englishStrings, type KoreChatStrings } from "./i18n/strings.js";
export { StringsContext, useStrings } from "./i18n/strings-context.js";
export {
  useAgent,
  useAnsweredTemplates,
  useAttachments,
  useBotTyping,
  useChatState,
  useChatStore,
  useConnection,
  useConversation,
  useLoadEarlier,
  useSendMessage,
} from "./kore-chat/hooks.js";
export { KoreChat } from "./kore-chat/kore-chat.js";
export {
  type KoreChatConnection,
  type KoreChatProps,
  type KoreChatTheme,
  type KoreChatUiProps,
  type KoreChatWelcome,
  koreChatUiPropNames,
  pickUiProps,
} from "./kore-chat/kore-chat-props.js";
export { KoreChatProvider, type KoreChatProviderProps } from "./kore-chat/kore-chat-provider.js";
export { useAdoptedStylesheet } from "./kore-chat/use-adopted-stylesheet.js";
export { FormattedText, type FormattedTextProps } from "./markup/formatted-text.js";
export { MarkdownText, type MarkdownTextProps } from "./markup/markdown-text.js";
export { type MarkupNode, parseMarkup } from "./markup/parse-markup.js";
export { safeImageUrl, safeLinkUrl } from "./markup/safe-url.js";
export { AdvancedListTemplate } from "./templates/advanced-list-template.js";
export { AnswerTemplate } from "./templates/answer-template.js";
export { ArticleTemplate } from "./templates/article-template.js";
export { builtInTemplates } from "./templates/built-in-templates.js";
export { ButtonTemplate } from "./templates/button-template.js";
export { CardTemplate } from "./templates/card-template.js";
export { CarouselTemplate } from "./templates/carousel-template.js";
export { CheckListTemplate } from "./templates/check-list-template.js";
export { FallbackTemplate } from "./templates/fallback-template.js";
export { LikeDislikeTemplate } from "./templates/like-dislike-template.js";
export { ListTemplate } from "./templates/list-template.js";
export { MediaView, type MediaViewProps } from "./templates/media-view.js";
export { MessagePartView, type MessagePartViewProps } from "./templates/message-part-view.js";
export { MiniTableTemplate } from "./templates/mini-table-template.js";
export { OtpValidationTemplate } from "./templates/otp-validation-template.js";
export { QuickRepliesTemplate } from "./templates/quick-replies-template.js";
export { ResetPinTemplate } from "./templates/reset-pin-template.js";
export { TableTemplate } from "./templates/table-template.js";
export type {
  TemplateRegistry,
  TemplateRenderer,
  TemplateSend,
  TemplateViewProps,
} from "./templates/template-types.js";
export { templatesCss } from "./templates/templates-css.js";
export { koreChatCss } from "./theme/kore-chat-css.js";
