import type { KoreChatStrings } from "./strings.js";

/**
 * The Japanese catalogue (`ja`), polite style (です/ます). Japanese has no
 * plural, so counts take a single form; file names are quoted in 「」.
 *
 * @example
 * <KoreChat locale="ja" … />  // or <Composer strings={japaneseStrings} onSend={send} />
 */
export const japaneseStrings: KoreChatStrings = Object.freeze({
  message: "メッセージ",
  messagePlaceholder: "メッセージを入力…",
  send: "送信",
  conversation: "会話",
  connecting: "接続しています…",
  reconnecting: "再接続しています…",
  offline: "オフラインです。オンラインに戻るとメッセージが送信されます",
  connectionFailed: "チャットに接続できません",
  retry: "再試行",
  sending: "送信中…",
  delivered: "配信済み",
  notSent: "未送信",
  botTyping: "ボットが入力中です",
  loadEarlier: "以前のメッセージを読み込む",
  historyFailed: "以前のメッセージを読み込めませんでした",
  conversationStart: "会話の始まり",
  newMessages: "新着メッセージ",
  youSaid: "あなたのメッセージ：",
  botSaid: "ボットのメッセージ：",
  agentSaid: "オペレーターのメッセージ：",
  carouselCards: "カード",
  carousel: "カルーセル",
  carouselSlide: "スライド",
  previousCard: "前のカード",
  nextCard: "次のカード",
  cardPosition: (position: number, count: number) => `${count}件中${position}件目`,
  submit: "送信",
  done: "完了",
  formField: "回答",
  // The native counter つ only goes up to 9; 個 counts any number.
  starRating: (count: number) =>
    Number.isInteger(count) && count >= 1 && count <= 9 ? `星${count}つ` : `星${count}個`,
  formatLocale: "ja",
  confirm: "確定",
  date: "日付",
  startDate: "開始日",
  endDate: "終了日",
  time: "時刻",
  dateRange: (start: string, end: string) => `${start}〜${end}`,
  agentNameSaid: (name: string) => `${name}（オペレーター）のメッセージ：`,
  pieChart: "円グラフ",
  donutChart: "ドーナツグラフ",
  barChart: "棒グラフ",
  lineChart: "折れ線グラフ",
  chartSeriesSummary: (series: string, categories: string) =>
    `系列：${series}。カテゴリ：${categories}。`,
  showData: "データを表示",
  chartCategory: "カテゴリ",
  chartValue: "値",
  chartShare: "割合",
  noData: "データなし",
  seeMore: "もっと見る",
  showLess: "折りたたむ",
  agentTyping: (name: string | undefined) =>
    name === undefined ? "オペレーターが入力中です" : `${name}が入力中です`,
  agentJoined: (name: string | undefined) =>
    name === undefined ? "オペレーターがチャットに参加しました" : `${name}がチャットに参加しました`,
  agentLeft: (name: string | undefined) =>
    name === undefined
      ? "オペレーターがチャットから退出しました"
      : `${name}がチャットから退出しました`,
  liveAgent: "オペレーター",
  conversationEnded: "会話が終了しました",
  read: "既読",
  chatOptions: "チャットのオプション",
  endConversation: "会話を終了",
  endAgentChat: "オペレーターとのチャットを終了",
  answering: "回答を作成しています…",
  answerIncomplete: "この回答は途中で中断されました。",
  copyCode: "コードをコピー",
  copied: "コピーしました",
  sources: "出典",
  attachFile: "ファイルを添付",
  attachments: "添付ファイル",
  removeAttachment: (fileName: string) => `「${fileName}」を削除`,
  uploading: (fileName: string) => `「${fileName}」をアップロードしています`,
  uploadFailed: (fileName: string) => `「${fileName}」をアップロードできませんでした`,
  fileTooLarge: (fileName: string, limit: string) => `「${fileName}」は${limit}を超えています`,
  fileTypeNotAllowed: (fileName: string) => `「${fileName}」は送信できない種類のファイルです`,
  tooManyFiles: (fileName: string, limit: string) =>
    `「${fileName}」を追加できませんでした。1つのメッセージに添付できるファイルは${limit}個までです`,
  emptyFile: (fileName: string) => `「${fileName}」は空のファイルです`,
  dismiss: "閉じる",
  dropFiles: "ファイルをここにドロップして添付",
  openImage: (fileName: string) => `画像「${fileName}」を開く`,
  closeImage: "画像を閉じる",
  download: (fileName: string) => `「${fileName}」をダウンロード`,
  openChat: "チャットを開く",
  closeChat: "チャットを閉じる",
  unreadMessages: (count: number) => `未読メッセージ${count}件`,
} satisfies KoreChatStrings);
