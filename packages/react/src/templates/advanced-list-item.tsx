import { type ReactElement, useId } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { ChoiceForm, readChoices } from "./choice-form.js";
import { DetailPairs } from "./detail-pairs.js";
import { MoreActions } from "./more-actions.js";
import {
  arrayField,
  booleanField,
  recordField,
  recordsField,
  stringField,
  type UnknownRecord,
} from "./read-fields.js";
import { displayCount } from "./see-more-list.js";
import {
  readTemplateAction,
  readTemplateActions,
  type TemplateAction,
  TemplateActionControl,
} from "./template-action.js";
import { TemplateIcon } from "./template-icon.js";
import type { TemplateSend } from "./template-types.js";
import { useDisclosure } from "./use-disclosure.js";

export interface AdvancedListItemProps {
  readonly item: UnknownRecord;
  readonly itemKey: string;
  readonly interactive: boolean;
  readonly answered?: boolean | undefined;
  readonly onSend: (send: TemplateSend) => void;
}

type ItemPartProps = Omit<AdvancedListItemProps, "item"> & { readonly source: unknown };

const actionTypes = /^(postback|text|web_url|url)$/i;

/** An item (or a row) with a `type` is itself a button or link; it shows `renderMessage` once sent. */
function readItemAction(item: unknown, key: string): TemplateAction | undefined {
  if (!actionTypes.test(stringField(item, "type") ?? "")) return undefined;
  const action = readTemplateAction(item, key);
  const renderMsg = stringField(item, "renderMessage");
  return action?.kind === "send" && renderMsg !== undefined
    ? { ...action, send: { ...action.send, renderMsg } }
    : action;
}

/** One of `headerOptions[]`: a `text` value, a (status) `button`, or a `dropdown` menu. */
function HeaderOption({ source, itemKey, interactive, onSend }: ItemPartProps) {
  if (stringField(source, "contenttype") === "button") {
    const title = stringField(source, "title");
    if (booleanField(source, "isStatus") === true) {
      return title === undefined ? null : <span className="kc-tag">{title}</span>;
    }
    const action = readTemplateAction(source, itemKey);
    return action === undefined ? null : (
      <TemplateActionControl action={action} interactive={interactive} onSend={onSend} />
    );
  }
  const type = stringField(source, "type");
  if (type === "text") {
    const value = stringField(source, "value");
    return value === undefined ? null : <span className="kc-advanced-list__value">{value}</span>;
  }
  if (type !== "dropdown") return null;
  return (
    <MoreActions
      actions={readTemplateActions(arrayField(source, "dropdownOptions"), {}, itemKey)}
      interactive={interactive}
      onSend={onSend}
    />
  );
}

/** `view: "options"`: checkboxes or radios; the confirm button sends `"<title>: <values>"`. */
function OptionsView({ source, interactive, answered, onSend }: ItemPartProps) {
  const strings = useStrings();
  const options = recordsField(source, "optionsData");
  const buttons = recordsField(source, "buttons");
  const confirm =
    stringField(
      buttons.find((button) => stringField(button, "btnType") === "confirm") ?? buttons[0],
      "title",
    ) ?? strings.confirm;
  return (
    <ChoiceForm
      kind={stringField(options[0], "type") === "radio" ? "radio" : "checkbox"}
      legend={stringField(source, "title") ?? confirm}
      choices={readChoices(options, "label")}
      buttons={[confirm]}
      className="kc-advanced-list__options"
      interactive={interactive}
      answered={answered}
      onSend={(send) =>
        onSend({
          ...send,
          body: `${confirm}: ${send.body}`,
          renderMsg: `${confirm}: ${send.renderMsg}`,
        })
      }
    />
  );
}

/** The default and `table` views: rows of text (or a table of pairs), then the buttons. */
function DetailsView({ source, itemKey, interactive, onSend }: ItemPartProps) {
  const rows = recordsField(source, "textInformation");
  const buttonHeader = stringField(source, "buttonHeader");
  const actions = readTemplateActions(arrayField(source, "buttons"), {}, `${itemKey}-button`);
  const shown = actions.slice(
    0,
    displayCount(
      stringField(recordField(recordField(source, "buttonsLayout"), "displayLimit"), "count"),
      actions.length,
    ),
  );
  const controls = { interactive, onSend };
  return (
    <>
      {stringField(source, "view") === "table"
        ? recordsField(source, "tableListData").map((table, index) => (
            <DetailPairs
              // biome-ignore lint/suspicious/noArrayIndexKey: tables of one payload never reorder.
              key={index}
              rows={recordsField(table, "rowData")}
              valueField="description"
            />
          ))
        : rows.length > 0 && (
            <ul className="kc-sdk-rows">
              {rows.map((row, index) => {
                const action = readItemAction(row, `${itemKey}-row-${index}`);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows of one payload never reorder.
                  <li key={index} className="kc-sdk-rows__row">
                    <TemplateIcon source={row} />
                    {action !== undefined ? (
                      <TemplateActionControl
                        action={action}
                        className="kc-card__title-action"
                        {...controls}
                      />
                    ) : (
                      <span className="kc-sdk-rows__text">
                        <FormattedText text={stringField(row, "title") ?? ""} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
      {buttonHeader !== undefined && <div className="kc-card__title">{buttonHeader}</div>}
      {actions.length > 0 && (
        <div className="kc-advanced-list__buttons">
          {shown.map((action) => (
            <TemplateActionControl key={action.key} action={action} {...controls} />
          ))}
          <MoreActions actions={actions.slice(shown.length)} {...controls} />
        </div>
      )}
    </>
  );
}

/**
 * One of an `advancedListTemplate`'s `listItems[]`: `icon`/`iconText`, `title`, `description`
 * and `headerOptions`, over its `view` (`default`: `textInformation` rows; `table`:
 * `tableListData`; `options`: `optionsData` checkboxes or radios) and `buttons`. An item with
 * a `type` is a button (postback) or link itself; else with `isAccordian` its title is a
 * disclosure button, open unless `isCollapsed`.
 *
 * @example
 * <AdvancedListItem item={item} itemKey="item-0" interactive onSend={send} />
 */
export function AdvancedListItem(props: AdvancedListItemProps): ReactElement {
  const { item, itemKey, interactive, onSend } = props;
  const action = readItemAction(item, `${itemKey}-action`);
  const accordion = action === undefined && booleanField(item, "isAccordian") === true;
  const body = useDisclosure(!accordion || booleanField(item, "isCollapsed") !== true);
  const descriptionId = useId();
  const title = stringField(item, "title");
  const description = stringField(item, "description");
  const partProps = { ...props, source: item };
  const options = recordsField(item, "headerOptions");
  return (
    <li className="kc-card kc-advanced-list__item">
      <div className="kc-advanced-list__header">
        <TemplateIcon source={item} />
        <div className="kc-advanced-list__titles">
          {accordion ? (
            <button
              {...body.toggle}
              className="kc-disclosure kc-card__title"
              aria-describedby={
                title !== undefined && description !== undefined ? descriptionId : undefined
              }
            >
              {title ?? description}
            </button>
          ) : (
            <div className="kc-card__title">
              {action !== undefined ? (
                <TemplateActionControl
                  action={action}
                  interactive={interactive}
                  onSend={onSend}
                  className="kc-card__title-action"
                />
              ) : (
                <FormattedText text={title ?? ""} />
              )}
            </div>
          )}
          {description !== undefined && (title !== undefined || !accordion) && (
            <div id={descriptionId} className="kc-card__subtitle">
              <FormattedText text={description} />
            </div>
          )}
        </div>
        {options.map((option, index) => (
          <HeaderOption
            // biome-ignore lint/suspicious/noArrayIndexKey: options of one payload never reorder.
            key={index}
            {...partProps}
            source={option}
            itemKey={`${itemKey}-option-${index}`}
          />
        ))}
      </div>
      <div {...body.region} className="kc-advanced-list__body">
        {stringField(item, "view") === "options" ? (
          <OptionsView {...partProps} />
        ) : (
          <DetailsView {...partProps} />
        )}
      </div>
    </li>
  );
}
