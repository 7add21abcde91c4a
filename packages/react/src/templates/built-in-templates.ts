import { ButtonTemplate } from "./button-template.js";
import { CarouselTemplate } from "./carousel-template.js";
import { DropdownTemplate } from "./dropdown-template.js";
import { FeedbackTemplate } from "./feedback-template.js";
import { FormTemplate } from "./form-template.js";
import { ListTemplate } from "./list-template.js";
import { MiniTableTemplate } from "./mini-table-template.js";
import { MultiSelectTemplate } from "./multi-select-template.js";
import { QuickRepliesTemplate } from "./quick-replies-template.js";
import { RadioOptionTemplate } from "./radio-option-template.js";
import { TableTemplate } from "./table-template.js";
import type { TemplateRegistry } from "./template-types.js";

/**
 * The renderers that ship with the widget, keyed by `template_type` (TEMPLATES.md §2: the
 * must-render ones and the form-like ones of "should render next"). Spread it to add or
 * override one.
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
});
