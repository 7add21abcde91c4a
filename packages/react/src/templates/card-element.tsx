import type { ReactElement } from "react";
import { safeImageUrl } from "../markup/safe-url.js";
import { arrayField, isRecord, recordField, stringField } from "./read-fields.js";
import {
  type ReadActionOptions,
  readTemplateAction,
  readTemplateActions,
  type TemplateAction,
  TemplateActionControl,
  TemplateActionList,
} from "./template-action.js";
import type { TemplateSend } from "./template-types.js";

/** One `elements[]` entry of a carousel or list, read. */
export interface CardElement {
  readonly key: string;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly imageUrl: string | undefined;
  /** `default_action`: what a click on the title does. */
  readonly defaultAction: TemplateAction | undefined;
  readonly buttons: readonly TemplateAction[];
}

/**
 * Reads `elements[]` of a carousel or list; `null` and non-object entries are skipped,
 * and so are entries with nothing to show.
 *
 * @example
 * readCardElements([{ title: "Hat", image_url: "https://example.com/h.jpg" }, null]).length; // 1
 */
export function readCardElements(
  raw: readonly unknown[],
  options: ReadActionOptions = {},
): CardElement[] {
  const elements: CardElement[] = [];
  raw.forEach((item, index) => {
    if (!isRecord(item)) return;
    const key = `element-${index}`;
    const title = stringField(item, "title");
    const image = stringField(item, "image_url");
    const defaultActionRaw = recordField(item, "default_action");
    const element: CardElement = {
      key,
      title,
      subtitle: stringField(item, "subtitle"),
      imageUrl: image === undefined ? undefined : safeImageUrl(image),
      // The title shown (and sent as renderMsg) is the element's, whatever the action says.
      defaultAction:
        defaultActionRaw === undefined
          ? undefined
          : readTemplateAction(
              title !== undefined ? { ...defaultActionRaw, title } : defaultActionRaw,
              `${key}-default`,
              options,
            ),
      buttons: readTemplateActions(arrayField(item, "buttons"), options, `${key}-button`),
    };
    if (
      element.title !== undefined ||
      element.subtitle !== undefined ||
      element.imageUrl !== undefined ||
      element.buttons.length > 0
    ) {
      elements.push(element);
    }
  });
  return elements;
}

export interface CardBodyProps {
  readonly element: CardElement;
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
}

/** The image (alt = title), title (a link or button when there is a `default_action`) and subtitle. */
export function CardBody({ element, interactive, onSend }: CardBodyProps): ReactElement {
  const { title, defaultAction } = element;
  return (
    <>
      {element.imageUrl !== undefined && (
        <img className="kc-card__image" src={element.imageUrl} alt={title ?? ""} />
      )}
      {title !== undefined && (
        <div className="kc-card__title">
          {defaultAction !== undefined ? (
            <TemplateActionControl
              action={defaultAction}
              interactive={interactive}
              onSend={onSend}
              className="kc-card__title-action"
            />
          ) : (
            title
          )}
        </div>
      )}
      {element.subtitle !== undefined && (
        <div className="kc-card__subtitle">{element.subtitle}</div>
      )}
    </>
  );
}

/** The element's own `buttons[]`. */
export function CardButtons({ element, interactive, onSend }: CardBodyProps): ReactElement | null {
  return (
    <TemplateActionList
      actions={element.buttons}
      interactive={interactive}
      onSend={onSend}
      className="kc-card__buttons"
    />
  );
}
