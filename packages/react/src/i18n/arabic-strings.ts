import type { KoreChatStrings } from "./strings.js";

// Built on first use: a page's first Intl object is costly, and most pages never speak Arabic.
let arabicPluralRules: Intl.PluralRules | undefined;
const arabicPlural = {
  select: (count: number) => {
    arabicPluralRules ??= new Intl.PluralRules("ar");
    return arabicPluralRules.select(count);
  },
};

/**
 * The Arabic catalogue (`ar`, right-to-left: `<KoreChat locale="ar"/>` also
 * sets `dir="rtl"`). Addresses the user without gendered verb forms; counts
 * follow Arabic plural rules (one, two, 3–10, 11 and up).
 *
 * @example
 * <KoreChat locale="ar" … />  // or <Composer strings={arabicStrings} onSend={send} />
 */
export const arabicStrings: KoreChatStrings = Object.freeze({
  message: "رسالة",
  messagePlaceholder: "اكتب رسالة…",
  send: "إرسال",
  conversation: "المحادثة",
  connecting: "جارٍ الاتصال…",
  reconnecting: "جارٍ إعادة الاتصال…",
  offline: "غير متصل — سيتم إرسال الرسائل عند عودة الاتصال",
  connectionFailed: "تعذّر الاتصال بالدردشة",
  retry: "إعادة المحاولة",
  sending: "جارٍ الإرسال…",
  delivered: "تم التسليم",
  notSent: "لم يتم الإرسال",
  botTyping: "البوت يكتب",
  loadEarlier: "تحميل الرسائل السابقة",
  historyFailed: "تعذّر تحميل الرسائل السابقة",
  conversationStart: "بداية المحادثة",
  newMessages: "رسائل جديدة",
  youSaid: "رسالتك:",
  botSaid: "رسالة البوت:",
  agentSaid: "رسالة موظف الدعم:",
  carouselCards: "البطاقات",
  carousel: "عرض دوّار",
  carouselSlide: "شريحة",
  previousCard: "البطاقة السابقة",
  nextCard: "البطاقة التالية",
  cardPosition: (position: number, count: number) => `${position} من ${count}`,
  submit: "إرسال",
  done: "تم",
  formField: "الإجابة",
  starRating: (count: number) => {
    switch (arabicPlural.select(count)) {
      case "zero":
        return "بلا نجوم";
      case "one":
        return "نجمة واحدة";
      case "two":
        return "نجمتان";
      case "few":
        return `${count} نجوم`;
      default:
        return `${count} نجمة`;
    }
  },
  formatLocale: "ar",
  confirm: "تأكيد",
  date: "التاريخ",
  startDate: "تاريخ البدء",
  endDate: "تاريخ الانتهاء",
  time: "الوقت",
  dateRange: (start: string, end: string) => `من ${start} إلى ${end}`,
  agentNameSaid: (name: string) => `رسالة ${name} (موظف الدعم):`,
  pieChart: "مخطط دائري",
  donutChart: "مخطط حلقي",
  barChart: "مخطط شريطي",
  lineChart: "مخطط خطي",
  chartSeriesSummary: (series: string, categories: string) =>
    `السلاسل: ${series}. الفئات: ${categories}.`,
  showData: "عرض البيانات",
  chartCategory: "الفئة",
  chartValue: "القيمة",
  chartShare: "النسبة",
  noData: "لا توجد بيانات",
  seeMore: "عرض المزيد",
  showLess: "عرض أقل",
  moreActions: "إجراءات أخرى",
  checklistSteps: (count: number) => {
    switch (arabicPlural.select(count)) {
      case "zero":
        return "بلا خطوات";
      case "one":
        return "خطوة واحدة";
      case "two":
        return "خطوتان";
      case "few":
        return `${count} خطوات`;
      default:
        return `${count} خطوة`;
    }
  },
  agentTyping: (name: string | undefined) =>
    name === undefined ? "موظف الدعم يكتب" : `${name} يكتب`,
  agentJoined: (name: string | undefined) =>
    name === undefined ? "انضم موظف دعم إلى المحادثة" : `انضم ${name} إلى المحادثة`,
  agentLeft: (name: string | undefined) =>
    name === undefined ? "غادر موظف الدعم المحادثة" : `غادر ${name} المحادثة`,
  liveAgent: "موظف الدعم",
  conversationEnded: "انتهت المحادثة",
  read: "تمت القراءة",
  chatOptions: "خيارات المحادثة",
  endConversation: "إنهاء المحادثة",
  endAgentChat: "إنهاء المحادثة مع موظف الدعم",
  answering: "جارٍ كتابة الإجابة…",
  answerIncomplete: "انقطعت هذه الإجابة.",
  copyCode: "نسخ الرمز",
  copied: "تم النسخ",
  copyMessage: "نسخ الرسالة",
  copyFailed: "تعذّر النسخ",
  otpTitle: "إدخال الرمز",
  resendCode: "إعادة إرسال الرمز",
  showDigits: "إظهار الأرقام",
  digitsRequired: (length: number) => {
    switch (arabicPlural.select(length)) {
      case "one":
        return "يجب إدخال رقم واحد بالضبط";
      case "two":
        return "يجب إدخال رقمين بالضبط";
      case "few":
        return `يجب إدخال ${length} أرقام بالضبط`;
      default:
        return `يجب إدخال ${length} رقمًا بالضبط`;
    }
  },
  resetPin: "إعادة تعيين رمز PIN",
  newPin: "رمز PIN الجديد",
  repeatPin: "تأكيد رمز PIN الجديد",
  pinMismatch: "رمزا PIN غير متطابقين",
  like: "أعجبني",
  dislike: "لم يعجبني",
  sources: "المصادر",
  attachFile: "إرفاق ملف",
  attachments: "الملفات المرفقة",
  removeAttachment: (fileName: string) => `إزالة ${fileName}`,
  uploading: (fileName: string) => `جارٍ رفع ${fileName}`,
  uploadFailed: (fileName: string) => `تعذّر رفع ${fileName}`,
  fileTooLarge: (fileName: string, limit: string) => `${fileName} أكبر من ${limit}`,
  fileTypeNotAllowed: (fileName: string) => `${fileName}: لا يمكن إرسال ملفات من هذا النوع`,
  tooManyFiles: (fileName: string, limit: string) =>
    `لم تتم إضافة ${fileName}: الحد الأقصى ${limit} ملفات لكل رسالة`,
  emptyFile: (fileName: string) => `${fileName} فارغ`,
  dismiss: "إغلاق",
  dropFiles: "أفلِت الملفات لإرفاقها",
  openImage: (fileName: string) => `فتح الصورة ${fileName}`,
  closeImage: "إغلاق الصورة",
  download: (fileName: string) => `تنزيل ${fileName}`,
  openChat: "فتح الدردشة",
  closeChat: "إغلاق الدردشة",
  minimizeChat: "تصغير الدردشة",
  expandChat: "نافذة أكبر",
  online: "متصل",
  downloadTranscript: "تنزيل نص المحادثة",
  messageSound: "صوت الرسائل الجديدة",
  conversationStarters: "بدايات المحادثة",
  unreadMessages: (count: number) => {
    switch (arabicPlural.select(count)) {
      case "zero":
        return "لا توجد رسائل غير مقروءة";
      case "one":
        return "رسالة واحدة غير مقروءة";
      case "two":
        return "رسالتان غير مقروءتين";
      case "few":
        return `${count} رسائل غير مقروءة`;
      default:
        return `${count} رسالة غير مقروءة`;
    }
  },
} satisfies KoreChatStrings);
