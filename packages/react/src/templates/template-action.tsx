import type { ReactElement } from "react";
import { safeLinkUrl } from "../markup/safe-url.js";
import { isRecord, stringField } from "./read-fields.js";
import type { TemplateSend } from "./template-types.js";

/** A template button, read: it either sends (`postback`) or opens a link (`web_url` / `url`). */
export type TemplateAction =
  | {
      readonly kind: "send";
      readonly key: string;
      readonly title: string;
      readonly send: TemplateSend;
    }
  | {
      readonly kind: "link";
      readonly key: string;
      readonly title: string;
      /** `undefined` when the URL is not one we follow (shown as plain text). */
      readonly href: string | undefined;
    };

export interface ReadActionOptions {
  /** Which field holds the type: `type` for buttons, `content_type` for quick replies. */
  readonly typeField?: string;
  /** Fields tried, in order, for what a click sends (TEMPLATES.md §2 differs per template). */
  readonly bodyFields?: readonly string[];
}

const linkTypes: ReadonlySet<string> = new Set(["web_url", "url"]);
const buttonBodyFields = ["payload", "value", "title"] as const;

/**
 * Reads one button-like object. `undefined` when there is nothing to show.
 *
 * @example
 * readTemplateAction({ type: "postback", title: "Buy", payload: "BUY_1" }, "b0");
 * // { kind: "send", key: "b0", title: "Buy", send: { body: "BUY_1", renderMsg: "Buy" } }
 */
export function readTemplateAction(
  raw: unknown,
  key: string,
  options: ReadActionOptions = {},
): TemplateAction | undefined {
  if (!isRecord(raw)) return undefined;
  const type = stringField(raw, options.typeField ?? "type")?.toLowerCase();
  const title = stringField(raw, "title");
  const url = stringField(raw, "url");
  const isLink =
    type !== undefined
      ? linkTypes.has(type)
      : url !== undefined && stringField(raw, "payload") === undefined;
  if (isLink) {
    const label = title ?? url;
    if (label === undefined) return undefined;
    return {
      kind: "link",
      key,
      title: label,
      href: url === undefined ? undefined : safeLinkUrl(url),
    };
  }
  let body: string | undefined;
  for (const field of options.bodyFields ?? buttonBodyFields) {
    body = stringField(raw, field);
    if (body !== undefined) break;
  }
  if (body === undefined) return undefined;
  const label = title ?? body;
  return { kind: "send", key, title: label, send: { body, renderMsg: label } };
}

/**
 * Reads an array of buttons, skipping the ones that cannot be shown.
 *
 * @example
 * readTemplateActions([{ type: "web_url", title: "Docs", url: "https://example.com" }, null]).length; // 1
 */
export function readTemplateActions(
  raw: readonly unknown[],
  options: ReadActionOptions = {},
  keyPrefix = "action",
): TemplateAction[] {
  const actions: TemplateAction[] = [];
  raw.forEach((item, index) => {
    const action = readTemplateAction(item, `${keyPrefix}-${index}`, options);
    if (action) actions.push(action);
  });
  return actions;
}

export interface TemplateActionControlProps {
  readonly action: TemplateAction;
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
  readonly className?: string;
  /** Called after a send (e.g. quick replies disable themselves once one is chosen). */
  readonly onSent?: () => void;
}

/**
 * A send action as a real `<button>` (disabled when not interactive), a link as a
 * new-tab `<a>` (links keep working in history), an unsafe link as plain text.
 *
 * @example
 * <TemplateActionControl action={action} interactive onSend={send} />
 */
export function TemplateActionControl({
  action,
  interactive,
  onSend,
  className = "kc-template-button",
  onSent,
}: TemplateActionControlProps): ReactElement {
  if (action.kind === "send") {
    return (
      <button
        type="button"
        className={className}
        disabled={!interactive}
        onClick={() => {
          if (!interactive) return;
          onSend(action.send);
          onSent?.();
        }}
      >
        {action.title}
      </button>
    );
  }
  if (action.href === undefined) {
    return <span className={`${className} kc-template-button--inert`}>{action.title}</span>;
  }
  return (
    <a className={className} href={action.href} target="_blank" rel="noopener noreferrer">
      {action.title}
    </a>
  );
}

export interface TemplateActionListProps {
  readonly actions: readonly TemplateAction[];
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
  /** The row's class: template buttons, a list's footer, a card's buttons. */
  readonly className: string;
}

/**
 * A row of template buttons and links; nothing when there are none.
 *
 * @example
 * <TemplateActionList actions={actions} interactive onSend={send} className="kc-template__buttons" />
 */
export function TemplateActionList({
  actions,
  interactive,
  onSend,
  className,
}: TemplateActionListProps): ReactElement | null {
  if (actions.length === 0) return null;
  return (
    <div className={className}>
      {actions.map((action) => (
        <TemplateActionControl
          key={action.key}
          action={action}
          interactive={interactive}
          onSend={onSend}
        />
      ))}
    </div>
  );
}
