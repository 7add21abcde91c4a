import { AdvancedListTemplate } from "./advanced-list-template.js";
import { AnswerTemplate } from "./answer-template.js";
import { ArticleTemplate } from "./article-template.js";
import { BarChartTemplate } from "./bar-chart-template.js";
import { ButtonTemplate } from "./button-template.js";
import { CardTemplate } from "./card-template.js";
import { CarouselTemplate } from "./carousel-template.js";
import { CheckListTemplate } from "./check-list-template.js";
import { ClockTemplate } from "./clock-template.js";
import { DateRangeTemplate } from "./date-range-template.js";
import { DateTemplate } from "./date-template.js";
import { DropdownTemplate } from "./dropdown-template.js";
import { FeedbackTemplate } from "./feedback-template.js";
import { FormTemplate } from "./form-template.js";
import { LikeDislikeTemplate } from "./like-dislike-template.js";
import { LineChartTemplate } from "./line-chart-template.js";
import { ListTemplate } from "./list-template.js";
import { ListViewTemplate } from "./list-view-template.js";
import { LiveAgentTemplate } from "./live-agent-template.js";
import { MiniTableTemplate } from "./mini-table-template.js";
import { MultiSelectTemplate } from "./multi-select-template.js";
import { OtpValidationTemplate } from "./otp-validation-template.js";
import { PieChartTemplate } from "./pie-chart-template.js";
import { QuickRepliesTemplate } from "./quick-replies-template.js";
import { RadioOptionTemplate } from "./radio-option-template.js";
import { ResetPinTemplate } from "./reset-pin-template.js";
import { TableTemplate } from "./table-template.js";
import type { TemplateRegistry } from "./template-types.js";

/**
 * The renderers that ship with the widget, keyed by `template_type` (TEMPLATES.md §2: the
 * must-render ones and those of "should render next": forms, charts, pickers, list view,
 * live agent). Spread it to add or override one.
 *
 * @example
 * const registry = { ...builtInTemplates, my_template: MyTemplate };
 */
export const builtInTemplates: TemplateRegistry = Object.freeze({
  button: ButtonTemplate,
  quick_replies: QuickRepliesTemplate,
  carousel: CarouselTemplate,
  list: ListTemplate,
  table: TableTemplate,
  mini_table: MiniTableTemplate,
  dropdown_template: DropdownTemplate,
  multi_select: MultiSelectTemplate,
  radioOptionTemplate: RadioOptionTemplate,
  feedbackTemplate: FeedbackTemplate,
  form_template: FormTemplate,
  piechart: PieChartTemplate,
  barchart: BarChartTemplate,
  linechart: LineChartTemplate,
  dateTemplate: DateTemplate,
  daterange: DateRangeTemplate,
  clockTemplate: ClockTemplate,
  listView: ListViewTemplate,
  live_agent: LiveAgentTemplate,
  answerTemplate: AnswerTemplate,
  otpValidationTemplate: OtpValidationTemplate,
  resetPinTemplate: ResetPinTemplate,
  like_dislike: LikeDislikeTemplate,
  cardTemplate: CardTemplate,
  advancedListTemplate: AdvancedListTemplate,
  articleTemplate: ArticleTemplate,
  checkListTemplate: CheckListTemplate,
});
