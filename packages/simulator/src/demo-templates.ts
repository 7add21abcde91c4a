import type { MediaType, TemplatePayload } from "./bot-turn.js";
import { demoFallbackTemplates } from "./demo-fallback-templates.js";
import { sdkCardTemplates } from "./demo-sdk-card-templates.js";
import { demoSdkInputTemplates } from "./demo-sdk-input-templates.js";
import { demoTemplateVariants } from "./demo-template-variants.js";

export { answerTemplatePayload, streamedAnswerMarkdown } from "./streamed-answer.js";

/** Where the demo payloads point; the simulator serves these files itself (`/media/demo`). */
export const demoMediaOrigin = "https://example.com/kore-chat-demo";
const MEDIA = demoMediaOrigin;

// Postback payloads are demo-bot commands, so clicking a card drives the demo further.
/**
 * One payload for every template of TEMPLATES.md §2, keyed by the name `show <name>` uses
 * (the `template_type`, plus `-<view>` variants of feedbackTemplate). Field names are exact.
 *
 * @example
 * demoTemplates.quick_replies?.template_type; // "quick_replies"
 */
export const demoTemplates: Readonly<Record<string, TemplatePayload>> = {
  button: {
    template_type: "button",
    text: "What would you like to see next?",
    subText: "Buttons send their payload; links open in a new tab.",
    buttons: [
      { type: "postback", title: "Show carousel", payload: "show carousel" },
      { type: "postback", title: "Say hello", payload: "hello" },
      { type: "web_url", title: "Open the docs", url: `${MEDIA}/docs` },
    ],
  },
  quick_replies: {
    template_type: "quick_replies",
    text: "Pick a color:",
    quick_replies: [
      { content_type: "text", title: "Red", payload: "red", image_url: `${MEDIA}/red.png` },
      { content_type: "postback", title: "Green", payload: "green" },
      { content_type: "text", title: "Show list", payload: "show list" },
      { content_type: "web_url", title: "Our website", url: `${MEDIA}/` },
    ],
  },
  carousel: {
    template_type: "carousel",
    elements: [1, 2, 3].map((index) => ({
      title: ["Welcome to Peter's Hats", "Summer collection", "Winter collection"][index - 1],
      image_url: `${MEDIA}/hats-${index}.jpg`,
      subtitle: `Carousel card ${index} of 3`,
      default_action: { type: "web_url", url: `${MEDIA}/hats/${index}` },
      buttons: [
        { type: "postback", title: "Buy now", payload: `DEVELOPER_DEFINED_PAYLOAD_${index - 1}` },
        { type: "web_url", title: "View website", url: `${MEDIA}/hats/${index}` },
      ],
    })),
  },
  list: {
    template_type: "list",
    elements: ["Classic T-Shirt", "Hoodie", "Cap"].map((title, index) => ({
      title,
      image_url: `${MEDIA}/shop-${index + 1}.jpg`,
      subtitle: `${title}, 100% cotton`,
      default_action: { type: "web_url", url: `${MEDIA}/shop/${index + 1}` },
      buttons: [{ title: "Details", type: "web_url", url: `${MEDIA}/shop/${index + 1}` }],
    })),
    buttons: [{ title: "View More", type: "postback", payload: "show table" }],
  },
  table: {
    template_type: "table",
    text: "Account details",
    table_design: "regular",
    columns: [["Sl", "center"], ["Name"], ["Designation"], ["Salary", "right"]],
    elements: [
      { Values: ["1", "Peter", "Producer", 1000] },
      { Values: ["2", "Sam", "Director", 2000] },
      { Values: ["3", "Ana", "Editor", 1500] },
    ],
  },
  mini_table: {
    template_type: "mini_table",
    layout: "horizontal",
    text: "Account details",
    elements: [
      {
        primary: [["Current Accounts"], ["300", "right"]],
        additional: [
          ["CA00001", "150"],
          ["CA00123", "50"],
          ["CA00321", "100"],
        ],
      },
      {
        primary: [["Savings Accounts"], ["1200", "right"]],
        additional: [
          ["SA00042", "700"],
          ["SA00777", "500"],
        ],
      },
    ],
  },
  dropdown_template: {
    template_type: "dropdown_template",
    heading: "please select : ",
    elements: [
      { title: "Australian Dollar", description: "Dollar", value: "AUD" },
      { title: "Euro", description: "Euro", value: "EUR" },
      { title: "Japanese Yen", description: "Yen", value: "JPY" },
    ],
  },
  multi_select: {
    template_type: "multi_select",
    elements: [
      { title: "Classic T-Shirt Collection", value: "tShirt" },
      { title: "Classic Shirt Collection", value: "shirts" },
      { title: "Classic Shorts Collection", value: "shorts" },
    ],
    buttons: [{ title: "Done", type: "postback", payload: "payload" }],
  },
  form_template: {
    template_type: "form_template",
    heading: "Please fill the form",
    formFields: [
      {
        type: "password",
        label: "Enter Password",
        placeholder: "Enter password",
        fieldButton: { title: "Ok" },
      },
    ],
  },
  feedbackTemplate: {
    template_type: "feedbackTemplate",
    view: "star",
    text: "How would you rate this conversation?",
    messageTodisplay: "Thanks for your feedback!",
    starArrays: [1, 2, 3, 4, 5].map((value) => ({ starId: value, value })),
  },
  "feedbackTemplate-csat": {
    template_type: "feedbackTemplate",
    view: "CSAT",
    text: "How satisfied are you?",
    messageTodisplay: "Thanks for your feedback!",
    smileyArrays: ["Angry", "Sad", "Neutral", "Happy", "Delighted"].map((reviewText, index) => ({
      smileyId: index + 1,
      value: index + 1,
      reviewText,
    })),
  },
  "feedbackTemplate-nps": {
    template_type: "feedbackTemplate",
    view: "NPS",
    text: "How likely are you to recommend us?",
    messageTodisplay: "Thanks for your feedback!",
    numbersArrays: Array.from({ length: 11 }, (_, value) => ({
      numberId: value,
      value,
      color: value <= 6 ? "#e5484d" : value <= 8 ? "#f5a623" : "#30a46c",
    })),
  },
  "feedbackTemplate-thumbs": {
    template_type: "feedbackTemplate",
    view: "ThumbsUpDown",
    text: "Was this helpful?",
    messageTodisplay: "Thanks for your feedback!",
    thumpsUpDownArrays: [
      { thumpUpId: 0, value: "Extremely Likely", reviewText: "Extremely Likely" },
      { thumpUpId: 1, value: "Extremely Unlikely", reviewText: "Extremely Unlikely" },
    ],
  },
  piechart: {
    template_type: "piechart",
    pie_type: "regular",
    text: "Travelling expenses report chart",
    elements: [
      { title: "Airlines", value: "1264.0", displayValue: "$ 1,264" },
      { title: "Hotels", value: "568.10", displayValue: "$ 568" },
      { title: "Food", value: "324.50", displayValue: "$ 324" },
    ],
  },
  barchart: {
    template_type: "barchart",
    text: "Sales by quarter",
    direction: "vertical",
    stacked: false,
    X_axis: ["Q1", "Q2", "Q3", "Q4"],
    elements: [
      { title: "2024", values: [10, 25, 40, 30], displayValues: ["$10k", "$25k", "$40k", "$30k"] },
      { title: "2025", values: [20, 30, 35, 45], displayValues: ["$20k", "$30k", "$35k", "$45k"] },
    ],
  },
  linechart: {
    template_type: "linechart",
    text: "Visitors per day",
    X_axis: ["Mon", "Tue", "Wed", "Thu", "Fri"],
    elements: [
      {
        title: "Web",
        values: [120, 150, 90, 200, 170],
        displayValues: ["120", "150", "90", "200", "170"],
      },
      {
        title: "App",
        values: [80, 95, 110, 105, 130],
        displayValues: ["80", "95", "110", "105", "130"],
      },
    ],
  },
  dateTemplate: {
    template_type: "dateTemplate",
    title: "Select a date",
    text_message: "When would you like to travel?",
    format: "MM-DD-YYYY",
    startDate: "01-01-2025",
    endDate: "12-31-2027",
  },
  daterange: {
    template_type: "daterange",
    title: "Select a date range",
    text_message: "Which dates should the report cover?",
    format: "MM-DD-YYYY",
    startDate: "01-01-2025",
    endDate: "12-31-2027",
  },
  clockTemplate: {
    template_type: "clockTemplate",
    title: "Select a time",
    text_message: "When should we call you?",
  },
  listView: {
    template_type: "listView",
    text: "Your accounts",
    heading: "Accounts",
    seeMore: true,
    moreCount: 2,
    elements: ["Checking", "Savings", "Credit card"].map((title, index) => ({
      title,
      subtitle: `Account ending ${4401 + index}`,
      image_url: `${MEDIA}/account-${index + 1}.png`,
      value: { type: "text", text: ["$9,000", "$12,500", "-$420"][index] },
      default_action: { title, type: "postback", payload: `${title} account` },
    })),
    buttons: [{ title: "See more", type: "postback", payload: "show list" }],
    moreData: {
      Checking: [
        { title: "Coffee shop", subtitle: "2 June", value: "-$4.50" },
        { title: "Salary", subtitle: "1 June", value: "+$3,200" },
      ],
      Savings: [{ title: "Interest", subtitle: "1 June", value: "+$12.10" }],
    },
  },
  radioOptionTemplate: {
    template_type: "radioOptionTemplate",
    heading: "Choose a plan",
    radioOptions: ["Basic", "Plus", "Premium"].map((title) => ({
      title,
      value: title.toLowerCase(),
      postback: { title, value: title.toLowerCase() },
    })),
  },
  live_agent: { template_type: "live_agent", text: "Hi, I'm Alex from support. How can I help?" },
  ...demoTemplateVariants,
  ...demoSdkInputTemplates,
  ...demoFallbackTemplates,
  ...sdkCardTemplates(MEDIA),
};

/**
 * Media parts (`show image`, `show video`, ...): fake but realistic URLs.
 *
 * @example
 * demoMedia.image.url; // "https://example.com/kore-chat-demo/photo.jpg"
 */
export const demoMedia: Readonly<Record<MediaType, { url: string; name: string }>> = {
  image: { url: `${MEDIA}/photo.jpg`, name: "photo.jpg" },
  audio: { url: `${MEDIA}/greeting.mp3`, name: "greeting.mp3" },
  video: { url: `${MEDIA}/tour.mp4`, name: "tour.mp4" },
  link: { url: `${MEDIA}/guide.html`, name: "Getting started guide" },
  document: { url: `${MEDIA}/report.pdf`, name: "report.pdf" },
};

/**
 * `message` parts with text plus media (`show message`, `show message_audio`).
 *
 * @example
 * demoMediaMessages.message.videoUrl; // "https://example.com/kore-chat-demo/tour.mp4"
 */
export const demoMediaMessages = {
  message: { text: "Here is a short product tour.", videoUrl: `${MEDIA}/tour.mp4` },
  message_audio: { text: "Listen to this greeting.", audioUrl: `${MEDIA}/greeting.mp3` },
} as const;
