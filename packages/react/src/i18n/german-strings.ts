import type { KoreChatStrings } from "./strings.js";

/**
 * The German catalogue (`de`), formal address ("Sie").
 *
 * @example
 * <KoreChat locale="de" … />  // or <Composer strings={germanStrings} onSend={send} />
 */
export const germanStrings: KoreChatStrings = Object.freeze({
  message: "Nachricht",
  messagePlaceholder: "Nachricht eingeben…",
  send: "Senden",
  conversation: "Unterhaltung",
  connecting: "Verbindung wird hergestellt…",
  reconnecting: "Verbindung wird wiederhergestellt…",
  offline: "Offline – Nachrichten werden gesendet, sobald Sie wieder online sind",
  connectionFailed: "Keine Verbindung zum Chat möglich",
  retry: "Erneut versuchen",
  sending: "Wird gesendet…",
  delivered: "Zugestellt",
  notSent: "Nicht gesendet",
  botTyping: "Bot schreibt",
  loadEarlier: "Frühere Nachrichten laden",
  historyFailed: "Frühere Nachrichten konnten nicht geladen werden",
  conversationStart: "Beginn der Unterhaltung",
  newMessages: "Neue Nachrichten",
  youSaid: "Sie schrieben:",
  botSaid: "Bot schrieb:",
  agentSaid: "Mitarbeiter schrieb:",
  carouselCards: "Karten",
  carousel: "Karussell",
  carouselSlide: "Folie",
  previousCard: "Vorherige Karte",
  nextCard: "Nächste Karte",
  cardPosition: (position: number, count: number) => `${position} von ${count}`,
  submit: "Absenden",
  done: "Fertig",
  formField: "Antwort",
  starRating: (count: number) => (count === 1 ? "1 Stern" : `${count} Sterne`),
  formatLocale: "de",
  confirm: "Bestätigen",
  date: "Datum",
  startDate: "Startdatum",
  endDate: "Enddatum",
  time: "Uhrzeit",
  dateRange: (start: string, end: string) => `${start} bis ${end}`,
  agentNameSaid: (name: string) => `${name} (Mitarbeiter) schrieb:`,
  pieChart: "Kreisdiagramm",
  donutChart: "Ringdiagramm",
  barChart: "Balkendiagramm",
  lineChart: "Liniendiagramm",
  chartSeriesSummary: (series: string, categories: string) =>
    `Datenreihen: ${series}. Kategorien: ${categories}.`,
  showData: "Daten anzeigen",
  chartCategory: "Kategorie",
  chartValue: "Wert",
  chartShare: "Anteil",
  noData: "Keine Daten",
  seeMore: "Mehr anzeigen",
  showLess: "Weniger anzeigen",
  agentTyping: (name: string | undefined) =>
    name === undefined ? "Mitarbeiter schreibt" : `${name} schreibt`,
  agentJoined: (name: string | undefined) =>
    name === undefined
      ? "Ein Mitarbeiter ist dem Chat beigetreten"
      : `${name} ist dem Chat beigetreten`,
  agentLeft: (name: string | undefined) =>
    name === undefined
      ? "Der Mitarbeiter hat den Chat verlassen"
      : `${name} hat den Chat verlassen`,
  liveAgent: "Mitarbeiter",
  conversationEnded: "Unterhaltung beendet",
  read: "Gelesen",
  chatOptions: "Chat-Optionen",
  endConversation: "Unterhaltung beenden",
  endAgentChat: "Chat mit Mitarbeiter beenden",
  answering: "Antwort wird geschrieben…",
  answerIncomplete: "Diese Antwort wurde unterbrochen.",
  copyCode: "Code kopieren",
  copied: "Kopiert",
  sources: "Quellen",
  attachFile: "Datei anhängen",
  attachments: "Angehängte Dateien",
  removeAttachment: (fileName: string) => `${fileName} entfernen`,
  uploading: (fileName: string) => `${fileName} wird hochgeladen`,
  uploadFailed: (fileName: string) => `${fileName} konnte nicht hochgeladen werden`,
  fileTooLarge: (fileName: string, limit: string) => `${fileName} ist größer als ${limit}`,
  fileTypeNotAllowed: (fileName: string) =>
    `${fileName}: Dateien dieses Typs können nicht gesendet werden`,
  tooManyFiles: (fileName: string, limit: string) =>
    `${fileName} wurde nicht hinzugefügt: höchstens ${limit} Dateien pro Nachricht`,
  emptyFile: (fileName: string) => `${fileName} ist leer`,
  dismiss: "Schließen",
  dropFiles: "Dateien hier ablegen, um sie anzuhängen",
  openImage: (fileName: string) => `Bild ${fileName} öffnen`,
  closeImage: "Bild schließen",
  download: (fileName: string) => `${fileName} herunterladen`,
  openChat: "Chat öffnen",
  closeChat: "Chat schließen",
  minimizeChat: "Chat minimieren",
  expandChat: "Größeres Fenster",
  online: "Verbunden",
  downloadTranscript: "Verlauf herunterladen",
  unreadMessages: (count: number) =>
    count === 1 ? "1 ungelesene Nachricht" : `${count} ungelesene Nachrichten`,
} satisfies KoreChatStrings);
