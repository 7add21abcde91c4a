import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { type TemplateAction, TemplateActionList } from "./template-action.js";
import type { TemplateSend } from "./template-types.js";
import { useDisclosure } from "./use-disclosure.js";

export interface MoreActionsProps {
  readonly actions: readonly TemplateAction[];
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
  /** The toggle's visible text; without one it shows "⋯", named "More actions". */
  readonly label?: string | undefined;
}

/**
 * A disclosure button that reveals more template buttons below it (a card's header menu, a
 * list item's `dropdown` or the buttons past its display limit); nothing when there are none.
 *
 * @example
 * <MoreActions actions={actions} interactive onSend={send} />
 */
export function MoreActions({
  actions,
  interactive,
  onSend,
  label,
}: MoreActionsProps): ReactElement | null {
  const strings = useStrings();
  const more = useDisclosure();
  if (actions.length === 0) return null;
  return (
    <div className="kc-more">
      <button
        {...more.toggle}
        className="kc-template-button kc-more__toggle"
        aria-label={label === undefined ? strings.moreActions : undefined}
      >
        {label ?? <span aria-hidden="true">⋯</span>}
      </button>
      <div {...more.region}>
        <TemplateActionList
          actions={actions}
          interactive={interactive}
          onSend={onSend}
          className="kc-template__buttons"
        />
      </div>
    </div>
  );
}
