/**
 * Every visible or accessible text the widget's components (and the embed's
 * launcher) show. Pick a built-in locale with `resolveStrings(locale)`, or
 * override a few texts by spreading over one (`{ ...englishStrings, send: "…" }`).
 * Texts that depend on a number are functions, so each locale can plural them.
 */
export interface KoreChatStrings {
  /** The composer field's label. */
  readonly message: string;
  /** The composer's placeholder. */
  readonly messagePlaceholder: string;
  readonly send: string;
  /** The conversation log's accessible name. */
  readonly conversation: string;
  readonly connecting: string;
  readonly reconnecting: string;
  readonly offline: string;
  readonly connectionFailed: string;
  readonly retry: string;
  readonly sending: string;
  readonly delivered: string;
  readonly notSent: string;
  readonly botTyping: string;
  readonly loadEarlier: string;
  /** History could not be loaded (shown with a Retry button). */
  readonly historyFailed: string;
  /** At the top of the conversation once every history page is loaded. */
  readonly conversationStart: string;
  readonly newMessages: string;
  /** Visually hidden prefix of each message, for screen readers ("You said"). */
  readonly youSaid: string;
  readonly botSaid: string;
  readonly agentSaid: string;
  /** The carousel's accessible name. */
  readonly carouselCards: string;
  /** `aria-roledescription` of the carousel ("carousel"). */
  readonly carousel: string;
  /** `aria-roledescription` of each carousel card ("slide"). */
  readonly carouselSlide: string;
  readonly previousCard: string;
  readonly nextCard: string;
  /** Each carousel card's accessible name: card `position` (from 1) of `count`. */
  readonly cardPosition: (position: number, count: number) => string;
  /** The submit button of the form-like templates (dropdown, radio options, feedback, form). */
  readonly submit: string;
  /** The default button of the multi-select template. */
  readonly done: string;
  /** The accessible name of a form template's field when the payload gives none. */
  readonly formField: string;
  /** The name of a star in the feedback template's rating: `count` stars. */
  readonly starRating: (count: number) => string;
  /** The BCP 47 tag the templates format dates, times and numbers for (with `Intl`). */
  readonly formatLocale: string;
  /** The button that sends a picker's choice (date, date range, time). */
  readonly confirm: string;
  /** A date picker's label when the payload gives no `title`. */
  readonly date: string;
  /** The date range picker's two fields. */
  readonly startDate: string;
  readonly endDate: string;
  /** A time picker's label when the payload gives no `title`. */
  readonly time: string;
  /** The user's bubble for a chosen date range; `start` and `end` are already formatted. */
  readonly dateRange: (start: string, end: string) => string;
  /** Visually hidden prefix of a live agent's message when the agent's name is known. */
  readonly agentNameSaid: (name: string) => string;
  /** What a chart's image is, first in its accessible name. */
  readonly pieChart: string;
  readonly donutChart: string;
  readonly barChart: string;
  readonly lineChart: string;
  /** A bar or line chart's summary in its accessible name: series names, category names. */
  readonly chartSeriesSummary: (series: string, categories: string) => string;
  /** The disclosure that shows a chart's numbers as a table. */
  readonly showData: string;
  /** Column headers of a chart's data table. */
  readonly chartCategory: string;
  readonly chartValue: string;
  readonly chartShare: string;
  /** A chart's point with no valid value, in its data table. */
  readonly noData: string;
  /** The list view's disclosure of its other items, when the payload names none; and closing it. */
  readonly seeMore: string;
  readonly showLess: string;
  /** A toggle that reveals a template's extra buttons (a card's or list item's menu). */
  readonly moreActions: string;
  /** A checklist task's toggle that shows its `count` steps. */
  readonly checklistSteps: (count: number) => string;
  /** The typing indicator of a live agent; `name` when the platform gave it. */
  readonly agentTyping: (name: string | undefined) => string;
  /** Lines in the conversation when a live agent joins or leaves. */
  readonly agentJoined: (name: string | undefined) => string;
  readonly agentLeft: (name: string | undefined) => string;
  /** The header's line under a connected agent's name. */
  readonly liveAgent: string;
  /** The line after the user ended the conversation. */
  readonly conversationEnded: string;
  /** A live agent read the user's message. */
  readonly read: string;
  /** The header menu's button, and its items. */
  readonly chatOptions: string;
  readonly endConversation: string;
  readonly endAgentChat: string;
  /** Said (hidden) while a streamed answer is still arriving. */
  readonly answering: string;
  /** Under a streamed answer that stopped before its end. */
  readonly answerIncomplete: string;
  /** A code block's copy button, and what it says once copied. */
  readonly copyCode: string;
  readonly copied: string;
  /** A bot message's copy button, and what it says when the clipboard refused. */
  readonly copyMessage: string;
  readonly copyFailed: string;
  /** The one-time-code template's field label when the payload gives no `title`, and its resend button. */
  readonly otpTitle: string;
  readonly resendCode: string;
  /** The toggle that shows the digits of a masked code or PIN. */
  readonly showDigits: string;
  /** A code or PIN that is not exactly `length` digits. */
  readonly digitsRequired: (length: number) => string;
  /** The reset-PIN template: its title and fields when the payload names none, and a mismatch. */
  readonly resetPin: string;
  readonly newPin: string;
  readonly repeatPin: string;
  readonly pinMismatch: string;
  /** The like / dislike template's two toggle buttons. */
  readonly like: string;
  readonly dislike: string;
  /** The heading of an answer's sources. */
  readonly sources: string;
  /** The composer's button that opens the file picker. */
  readonly attachFile: string;
  /** The accessible name of the list of attached files. */
  readonly attachments: string;
  /** A file chip's remove button. */
  readonly removeAttachment: (fileName: string) => string;
  /** A file chip's progress bar while it uploads. */
  readonly uploading: (fileName: string) => string;
  readonly uploadFailed: (fileName: string) => string;
  /** Files refused before upload; `limit` is a formatted size or a count. */
  readonly fileTooLarge: (fileName: string, limit: string) => string;
  readonly fileTypeNotAllowed: (fileName: string) => string;
  readonly tooManyFiles: (fileName: string, limit: string) => string;
  readonly emptyFile: (fileName: string) => string;
  /** Closes the list of refused files. */
  readonly dismiss: string;
  /** Over the panel while files are dragged onto it. */
  readonly dropFiles: string;
  /** An image's button that opens it larger, and the viewer's close button. */
  readonly openImage: (fileName: string) => string;
  readonly closeImage: string;
  /** A file's download link. */
  readonly download: (fileName: string) => string;
  /** The embed's launcher while the panel is closed. */
  readonly openChat: string;
  /** The embed's launcher while the panel is open. */
  readonly closeChat: string;
  /** The header's button (and the embed launcher while open) that hides the panel. */
  readonly minimizeChat: string;
  /** The header's toggle between the usual and a larger panel. */
  readonly expandChat: string;
  /** The header's status line while connected. */
  readonly online: string;
  /** The menu item that saves the conversation as a text file. */
  readonly downloadTranscript: string;
  /** The header's toggle (pressed: on) for a tone when a message arrives unseen. */
  readonly messageSound: string;
  /** The accessible name of the welcome screen's starter buttons. */
  readonly conversationStarters: string;
  /** The embed launcher's description while messages arrived with the panel closed. */
  readonly unreadMessages: (count: number) => string;
}

/**
 * The default, English catalogue.
 *
 * @example
 * <Composer strings={{ ...englishStrings, send: "Envoyer" }} onSend={send} />
 */
export const englishStrings: KoreChatStrings = Object.freeze({
  message: "Message",
  messagePlaceholder: "Type a message…",
  send: "Send",
  conversation: "Conversation",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  offline: "Offline — messages will be sent when you're back",
  connectionFailed: "Can't connect to the chat",
  retry: "Retry",
  sending: "Sending…",
  delivered: "Delivered",
  notSent: "Not sent",
  botTyping: "Bot is typing",
  loadEarlier: "Load earlier messages",
  historyFailed: "Couldn't load earlier messages",
  conversationStart: "Start of the conversation",
  newMessages: "New messages",
  youSaid: "You said:",
  botSaid: "Bot said:",
  agentSaid: "Agent said:",
  carouselCards: "Cards",
  carousel: "carousel",
  carouselSlide: "slide",
  previousCard: "Previous card",
  nextCard: "Next card",
  cardPosition: (position: number, count: number) => `${position} of ${count}`,
  submit: "Submit",
  done: "Done",
  formField: "Answer",
  starRating: (count: number) => (count === 1 ? "1 star" : `${count} stars`),
  formatLocale: "en",
  confirm: "Confirm",
  date: "Date",
  startDate: "Start date",
  endDate: "End date",
  time: "Time",
  dateRange: (start: string, end: string) => `${start} to ${end}`,
  agentNameSaid: (name: string) => `${name} (agent) said:`,
  pieChart: "Pie chart",
  donutChart: "Donut chart",
  barChart: "Bar chart",
  lineChart: "Line chart",
  chartSeriesSummary: (series: string, categories: string) =>
    `Series: ${series}. Categories: ${categories}.`,
  showData: "Show data",
  chartCategory: "Category",
  chartValue: "Value",
  chartShare: "Share",
  noData: "No data",
  seeMore: "See more",
  showLess: "Show less",
  moreActions: "More actions",
  checklistSteps: (count: number) => (count === 1 ? "1 step" : `${count} steps`),
  agentTyping: (name: string | undefined) =>
    name === undefined ? "Agent is typing" : `${name} is typing`,
  agentJoined: (name: string | undefined) =>
    name === undefined ? "An agent joined the chat" : `${name} joined the chat`,
  agentLeft: (name: string | undefined) =>
    name === undefined ? "The agent left the chat" : `${name} left the chat`,
  liveAgent: "Live agent",
  conversationEnded: "Conversation ended",
  read: "Read",
  chatOptions: "Chat options",
  endConversation: "End conversation",
  endAgentChat: "End chat with agent",
  answering: "Bot is answering…",
  answerIncomplete: "This answer was cut short.",
  copyCode: "Copy code",
  copied: "Copied",
  copyMessage: "Copy message",
  copyFailed: "Couldn't copy",
  otpTitle: "Enter the code",
  resendCode: "Resend code",
  showDigits: "Show digits",
  digitsRequired: (length: number) =>
    length === 1 ? "Enter exactly 1 digit" : `Enter exactly ${length} digits`,
  resetPin: "Reset PIN",
  newPin: "New PIN",
  repeatPin: "Repeat the new PIN",
  pinMismatch: "The PINs don't match",
  like: "Like",
  dislike: "Dislike",
  sources: "Sources",
  attachFile: "Attach a file",
  attachments: "Attached files",
  removeAttachment: (fileName: string) => `Remove ${fileName}`,
  uploading: (fileName: string) => `Uploading ${fileName}`,
  uploadFailed: (fileName: string) => `${fileName} could not be uploaded`,
  fileTooLarge: (fileName: string, limit: string) => `${fileName} is larger than ${limit}`,
  fileTypeNotAllowed: (fileName: string) => `${fileName}: files of this type can't be sent`,
  tooManyFiles: (fileName: string, limit: string) =>
    `${fileName} was not added: at most ${limit} files per message`,
  emptyFile: (fileName: string) => `${fileName} is empty`,
  dismiss: "Dismiss",
  dropFiles: "Drop files to attach them",
  openImage: (fileName: string) => `Open image ${fileName}`,
  closeImage: "Close image",
  download: (fileName: string) => `Download ${fileName}`,
  openChat: "Open chat",
  closeChat: "Close chat",
  minimizeChat: "Minimise chat",
  expandChat: "Larger window",
  online: "Online",
  downloadTranscript: "Download transcript",
  messageSound: "Message sound",
  conversationStarters: "Conversation starters",
  unreadMessages: (count: number) =>
    count === 1 ? "1 unread message" : `${count} unread messages`,
} satisfies KoreChatStrings);
