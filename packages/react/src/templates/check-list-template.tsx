import { type ReactElement, useId } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { FormattedText } from "../markup/formatted-text.js";
import { DetailPairs } from "./detail-pairs.js";
import { recordField, recordsField, stringField, type UnknownRecord } from "./read-fields.js";
import { readTemplateAction, TemplateActionControl } from "./template-action.js";
import type { TemplateSend, TemplateViewProps } from "./template-types.js";
import { useDisclosure } from "./use-disclosure.js";

interface RowProps {
  readonly source: UnknownRecord;
  readonly rowKey: string;
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
}

/** A task's or step's title: a button or link when it has a `default_action`. */
function Title({ source, rowKey, interactive, onSend }: RowProps): ReactElement {
  const title = stringField(source, "title") ?? "";
  const raw = recordField(source, "default_action");
  // Shown with the task's title; the user's bubble shows the action's own title, as the SDK.
  const read = raw && readTemplateAction({ title, ...raw }, `${rowKey}-action`);
  const action = read && { ...read, title: title || read.title };
  return action === undefined ? (
    <FormattedText text={title} />
  ) : (
    <TemplateActionControl
      action={action}
      interactive={interactive}
      onSend={onSend}
      className="kc-card__title-action"
    />
  );
}

/** `taskProgress` ("45%", 45) as 0–100, or `undefined`. */
function readProgress(source: unknown): number | undefined {
  const progress = Number.parseFloat(stringField(source, "taskProgress") ?? "");
  return Number.isFinite(progress) ? Math.min(100, Math.max(0, progress)) : undefined;
}

function Task({ source, rowKey, interactive, onSend }: RowProps): ReactElement {
  const strings = useStrings();
  const steps = useDisclosure();
  const titleId = useId();
  const progress = readProgress(source);
  const subElements = recordsField(source, "subElements").filter(
    (step) => stringField(step, "title") !== undefined,
  );
  const controls = { interactive, onSend };
  return (
    <li className="kc-card kc-checklist__task">
      <div className="kc-checklist__heading">
        <div id={titleId} className="kc-card__title">
          <Title source={source} rowKey={rowKey} {...controls} />
        </div>
        {progress !== undefined && (
          <>
            <progress
              className="kc-checklist__progress"
              max={100}
              value={progress}
              aria-labelledby={titleId}
            />
            <span className="kc-checklist__percent" aria-hidden="true">
              {Math.round(progress)}%
            </span>
          </>
        )}
      </div>
      <DetailPairs rows={recordsField(source, "subInformation")} valueField="value" />
      {subElements.length > 0 && (
        <>
          <button {...steps.toggle} className="kc-disclosure" aria-describedby={titleId}>
            {strings.checklistSteps(subElements.length)}
          </button>
          <ul {...steps.region} className="kc-list">
            {subElements.map((step, index) => {
              const stepKey = `${rowKey}-step-${index}`;
              const aside = readTemplateAction(
                recordField(recordField(step, "rightContent"), "default_action"),
                `${stepKey}-aside`,
              );
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: steps of one payload never reorder.
                <li key={index} className="kc-checklist__step">
                  <div className="kc-checklist__heading">
                    <div>
                      <Title source={step} rowKey={stepKey} {...controls} />
                    </div>
                    {aside !== undefined && <TemplateActionControl action={aside} {...controls} />}
                  </div>
                  <DetailPairs rows={recordsField(step, "values")} valueField="value" />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * `checkListTemplate`: a `title` over `elements[]` tasks, each a `title` (a button or link
 * with a `default_action`), a `taskProgress` bar ("45%"), `subInformation` pairs and
 * `subElements` steps behind a disclosure button (each a `title`, `values` pairs and a
 * `rightContent.default_action`). Read-only from history; the steps still open.
 *
 * @example
 * <CheckListTemplate part={part} interactive onSend={send} />
 */
export function CheckListTemplate({ part, interactive, onSend }: TemplateViewProps): ReactElement {
  const tasks = recordsField(part.payload, "elements").filter(
    (task) => stringField(task, "title") !== undefined,
  );
  const title =
    stringField(part.payload, "title") ?? (tasks.length === 0 ? part.fallbackText : undefined);
  return (
    <div className="kc-template kc-checklist">
      {title !== undefined && (
        <div className="kc-template__text kc-card__title">
          <FormattedText text={title} />
        </div>
      )}
      {tasks.length > 0 && (
        <ul className="kc-list">
          {tasks.map((task, index) => (
            <Task
              // biome-ignore lint/suspicious/noArrayIndexKey: tasks of one payload never reorder.
              key={index}
              source={task}
              rowKey={`task-${index}`}
              interactive={interactive}
              onSend={onSend}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
