import type { TemplatePart } from "@kore-chat/store";
import type { ReactElement } from "react";

/**
 * What a click on a template control sends: `body` goes to the bot as
 * `message.body`, `renderMsg` is what the user's own bubble shows
 * (TEMPLATES.md §2: a button's title).
 */
export interface TemplateSend {
  readonly body: string;
  readonly renderMsg: string;
  /** A secret (a password field): never written to storage, even while it waits to be sent. */
  readonly sensitive?: boolean;
  /**
   * This send answers the template (a form submitted, a choice or date confirmed): the store
   * records it, and the message's controls stay read-only from then on.
   */
  readonly answersTemplate?: boolean;
}

export interface TemplateViewProps {
  readonly part: TemplatePart;
  /** False for templates from history (their choice was already made) and answered quick replies. */
  readonly interactive: boolean;
  /**
   * The user answered this message's template in this session (the store remembers it, so it
   * holds after the row was recycled): one-shot controls stay read-only.
   */
  readonly answered?: boolean | undefined;
  readonly onSend: (send: TemplateSend) => void;
}

/** A renderer for one `template_type`. Hosts register their own (or override built-ins). */
export type TemplateRenderer = (props: TemplateViewProps) => ReactElement | null;

/** `template_type` → renderer. */
export type TemplateRegistry = Readonly<Record<string, TemplateRenderer>>;
