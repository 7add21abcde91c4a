import type { KoreChatStrings } from "./strings.js";

// Built on first use: a page's first Intl object is costly, and most pages never speak French.
let frenchPluralRules: Intl.PluralRules | undefined;
const frenchPlural = {
  select: (count: number) => {
    frenchPluralRules ??= new Intl.PluralRules("fr");
    return frenchPluralRules.select(count);
  },
};

/**
 * The French catalogue (`fr`), formal address ("vous"). Counts follow French
 * plural rules: 0 and 1 take the singular ("0 étoile", "1 message non lu").
 * A colon is preceded by a no-break space (U+00A0), as French typography wants.
 *
 * @example
 * <KoreChat locale="fr" … />  // or <Composer strings={frenchStrings} onSend={send} />
 */
export const frenchStrings: KoreChatStrings = Object.freeze({
  message: "Votre message",
  messagePlaceholder: "Écrivez un message…",
  send: "Envoyer",
  conversation: "Fil de la conversation",
  connecting: "Connexion en cours…",
  reconnecting: "Reconnexion en cours…",
  offline: "Hors ligne — vos messages seront envoyés dès votre retour en ligne",
  connectionFailed: "Impossible de se connecter à la discussion",
  retry: "Réessayer",
  sending: "Envoi en cours…",
  delivered: "Distribué",
  notSent: "Non envoyé",
  botTyping: "Le bot est en train d’écrire",
  loadEarlier: "Charger les messages précédents",
  historyFailed: "Impossible de charger les messages précédents",
  conversationStart: "Début de la conversation",
  newMessages: "Nouveaux messages",
  youSaid: "Vous avez écrit :",
  botSaid: "Le bot a écrit :",
  agentSaid: "Le conseiller a écrit :",
  carouselCards: "Cartes",
  carousel: "carrousel",
  carouselSlide: "diapositive",
  previousCard: "Carte précédente",
  nextCard: "Carte suivante",
  cardPosition: (position: number, count: number) => `${position} sur ${count}`,
  submit: "Valider",
  done: "Terminé",
  formField: "Réponse",
  starRating: (count: number) =>
    frenchPlural.select(count) === "one" ? `${count} étoile` : `${count} étoiles`,
  formatLocale: "fr",
  confirm: "Confirmer",
  date: "Choisissez une date",
  startDate: "Date de début",
  endDate: "Date de fin",
  time: "Choisissez une heure",
  dateRange: (start: string, end: string) => `Du ${start} au ${end}`,
  agentNameSaid: (name: string) => `${name} (conseiller) a écrit :`,
  pieChart: "Graphique circulaire",
  donutChart: "Graphique en anneau",
  barChart: "Graphique à barres",
  lineChart: "Graphique en courbes",
  chartSeriesSummary: (series: string, categories: string) =>
    `Séries : ${series}. Catégories : ${categories}.`,
  showData: "Afficher les données",
  chartCategory: "Catégorie",
  chartValue: "Valeur",
  chartShare: "Pourcentage",
  noData: "Aucune donnée",
  seeMore: "Voir plus",
  showLess: "Voir moins",
  moreActions: "Plus d'actions",
  checklistSteps: (count: number) => (count <= 1 ? `${count} étape` : `${count} étapes`),
  agentTyping: (name: string | undefined) =>
    name === undefined ? "Le conseiller est en train d’écrire" : `${name} est en train d’écrire`,
  agentJoined: (name: string | undefined) =>
    name === undefined
      ? "Un conseiller a rejoint la discussion"
      : `${name} a rejoint la discussion`,
  agentLeft: (name: string | undefined) =>
    name === undefined ? "Le conseiller a quitté la discussion" : `${name} a quitté la discussion`,
  liveAgent: "Conseiller",
  conversationEnded: "Conversation terminée",
  read: "Lu",
  chatOptions: "Options de la discussion",
  endConversation: "Terminer la conversation",
  endAgentChat: "Terminer la discussion avec le conseiller",
  answering: "Réponse en cours…",
  answerIncomplete: "Cette réponse a été interrompue.",
  copyCode: "Copier le code",
  copied: "Copié",
  copyMessage: "Copier le message",
  copyFailed: "Copie impossible",
  otpTitle: "Saisissez le code",
  resendCode: "Renvoyer le code",
  showDigits: "Afficher les chiffres",
  digitsRequired: (length: number) =>
    frenchPlural.select(length) === "one"
      ? `Saisissez exactement ${length} chiffre`
      : `Saisissez exactement ${length} chiffres`,
  resetPin: "Réinitialiser le code PIN",
  newPin: "Nouveau code PIN",
  repeatPin: "Confirmez le nouveau code PIN",
  pinMismatch: "Les codes PIN ne correspondent pas",
  like: "J’aime",
  dislike: "Je n’aime pas",
  sources: "Références",
  attachFile: "Joindre un fichier",
  attachments: "Fichiers joints",
  removeAttachment: (fileName: string) => `Retirer ${fileName}`,
  uploading: (fileName: string) => `Envoi de ${fileName} en cours`,
  uploadFailed: (fileName: string) => `Impossible d’envoyer ${fileName}`,
  fileTooLarge: (fileName: string, limit: string) =>
    `${fileName} dépasse la taille maximale de ${limit}`,
  fileTypeNotAllowed: (fileName: string) =>
    `${fileName} : ce type de fichier ne peut pas être envoyé`,
  tooManyFiles: (fileName: string, limit: string) =>
    `${fileName} n’a pas été ajouté : ${limit} ${
      frenchPlural.select(Number(limit)) === "one" ? "fichier" : "fichiers"
    } maximum par message`,
  emptyFile: (fileName: string) => `${fileName} est vide`,
  dismiss: "Fermer",
  dropFiles: "Déposez les fichiers ici pour les joindre",
  openImage: (fileName: string) => `Ouvrir l’image ${fileName}`,
  closeImage: "Fermer l’image",
  download: (fileName: string) => `Télécharger ${fileName}`,
  openChat: "Ouvrir la discussion",
  closeChat: "Fermer la discussion",
  minimizeChat: "Réduire la discussion",
  expandChat: "Agrandir la fenêtre",
  online: "En ligne",
  downloadTranscript: "Télécharger la transcription",
  messageSound: "Son des nouveaux messages",
  conversationStarters: "Pour commencer",
  unreadMessages: (count: number) =>
    frenchPlural.select(count) === "one" ? `${count} message non lu` : `${count} messages non lus`,
} satisfies KoreChatStrings);
