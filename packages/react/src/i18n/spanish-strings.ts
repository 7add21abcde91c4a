import type { KoreChatStrings } from "./strings.js";

// Built on first use: a page's first Intl object is costly, and most pages never speak Spanish.
let spanishPluralRules: Intl.PluralRules | undefined;
const spanishPlural = {
  select: (count: number) => {
    spanishPluralRules ??= new Intl.PluralRules("es");
    return spanishPluralRules.select(count);
  },
};

/**
 * The Spanish catalogue (`es`), neutral international Spanish with formal
 * address ("usted"). Counts follow Spanish plural rules (one, other).
 *
 * @example
 * <KoreChat locale="es" … />  // or <Composer strings={spanishStrings} onSend={send} />
 */
export const spanishStrings: KoreChatStrings = Object.freeze({
  message: "Mensaje",
  messagePlaceholder: "Escriba un mensaje…",
  send: "Enviar",
  conversation: "Conversación",
  connecting: "Conectando…",
  reconnecting: "Reconectando…",
  offline: "Sin conexión — los mensajes se enviarán cuando vuelva a estar en línea",
  connectionFailed: "No se puede conectar con el chat",
  retry: "Reintentar",
  sending: "Enviando…",
  delivered: "Entregado",
  notSent: "No enviado",
  botTyping: "El bot está escribiendo",
  loadEarlier: "Cargar mensajes anteriores",
  historyFailed: "No se pudieron cargar los mensajes anteriores",
  conversationStart: "Inicio de la conversación",
  newMessages: "Mensajes nuevos",
  youSaid: "Usted escribió:",
  botSaid: "El bot escribió:",
  agentSaid: "El agente escribió:",
  carouselCards: "Tarjetas",
  carousel: "carrusel",
  carouselSlide: "diapositiva",
  previousCard: "Tarjeta anterior",
  nextCard: "Tarjeta siguiente",
  cardPosition: (position: number, count: number) => `${position} de ${count}`,
  submit: "Enviar",
  done: "Listo",
  formField: "Respuesta",
  starRating: (count: number) =>
    spanishPlural.select(count) === "one" ? `${count} estrella` : `${count} estrellas`,
  formatLocale: "es",
  confirm: "Confirmar",
  date: "Fecha",
  startDate: "Fecha de inicio",
  endDate: "Fecha de finalización",
  time: "Hora",
  dateRange: (start: string, end: string) => `Del ${start} al ${end}`,
  agentNameSaid: (name: string) => `${name} (agente) escribió:`,
  pieChart: "Gráfico circular",
  donutChart: "Gráfico de anillo",
  barChart: "Gráfico de barras",
  lineChart: "Gráfico de líneas",
  chartSeriesSummary: (series: string, categories: string) =>
    `Series: ${series}. Categorías: ${categories}.`,
  showData: "Mostrar datos",
  chartCategory: "Categoría",
  chartValue: "Valor",
  chartShare: "Porcentaje",
  noData: "Sin datos",
  seeMore: "Ver más",
  showLess: "Ver menos",
  moreActions: "Más acciones",
  checklistSteps: (count: number) => (count === 1 ? "1 paso" : `${count} pasos`),
  agentTyping: (name: string | undefined) =>
    name === undefined ? "El agente está escribiendo" : `${name} está escribiendo`,
  agentJoined: (name: string | undefined) =>
    name === undefined ? "Un agente se unió al chat" : `${name} se unió al chat`,
  agentLeft: (name: string | undefined) =>
    name === undefined ? "El agente salió del chat" : `${name} salió del chat`,
  liveAgent: "Agente",
  conversationEnded: "Conversación finalizada",
  read: "Leído",
  chatOptions: "Opciones del chat",
  endConversation: "Finalizar conversación",
  endAgentChat: "Finalizar chat con el agente",
  answering: "El bot está respondiendo…",
  answerIncomplete: "Esta respuesta se interrumpió.",
  copyCode: "Copiar código",
  copied: "Copiado",
  copyMessage: "Copiar mensaje",
  copyFailed: "No se pudo copiar",
  otpTitle: "Introduzca el código",
  resendCode: "Reenviar código",
  showDigits: "Mostrar dígitos",
  digitsRequired: (length: number) =>
    spanishPlural.select(length) === "one"
      ? `Introduzca exactamente ${length} dígito`
      : `Introduzca exactamente ${length} dígitos`,
  resetPin: "Restablecer PIN",
  newPin: "PIN nuevo",
  repeatPin: "Repita el PIN nuevo",
  pinMismatch: "Los PIN no coinciden",
  like: "Me gusta",
  dislike: "No me gusta",
  sources: "Fuentes",
  attachFile: "Adjuntar archivo",
  attachments: "Archivos adjuntos",
  removeAttachment: (fileName: string) => `Quitar ${fileName}`,
  uploading: (fileName: string) => `Subiendo ${fileName}`,
  uploadFailed: (fileName: string) => `No se pudo subir ${fileName}`,
  fileTooLarge: (fileName: string, limit: string) =>
    `${fileName} supera el tamaño máximo de ${limit}`,
  fileTypeNotAllowed: (fileName: string) =>
    `${fileName}: no se pueden enviar archivos de este tipo`,
  tooManyFiles: (fileName: string, limit: string) =>
    `No se agregó ${fileName}: máximo ${limit} ${
      spanishPlural.select(Number(limit)) === "one" ? "archivo" : "archivos"
    } por mensaje`,
  emptyFile: (fileName: string) => `${fileName} está vacío`,
  dismiss: "Cerrar",
  dropFiles: "Suelte los archivos aquí para adjuntarlos",
  openImage: (fileName: string) => `Abrir imagen ${fileName}`,
  closeImage: "Cerrar imagen",
  download: (fileName: string) => `Descargar ${fileName}`,
  openChat: "Abrir chat",
  closeChat: "Cerrar chat",
  minimizeChat: "Minimizar chat",
  expandChat: "Ventana más grande",
  online: "En línea",
  downloadTranscript: "Descargar transcripción",
  messageSound: "Sonido de mensajes nuevos",
  conversationStarters: "Para empezar",
  unreadMessages: (count: number) =>
    spanishPlural.select(count) === "one"
      ? `${count} mensaje sin leer`
      : `${count} mensajes sin leer`,
} satisfies KoreChatStrings);
