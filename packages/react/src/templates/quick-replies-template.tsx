import { type ReactElement, useState } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { safeImageUrl } from "../markup/safe-url.js";
import { arrayField, stringField } from "./read-fields.js";
import { readTemplateAction, type TemplateAction } from "./template-action.js";
import type { TemplateViewProps } from "./template-types.js";

interface QuickReply {
  readonly action: TemplateAction;
  readonly imageUrl: string | undefined;
}

function readQuickReplies(raw: readonly unknown[]): QuickReply[] {
  const replies: QuickReply[] = [];
  raw.forEach((item, index) => {
    const action = readTemplateAction(item, `reply-${index}`, { typeField: "content_type" });
    if (!action) return;
    const image = stringField(item, "image_url");
    replies.push({ action, imageUrl: image === undefined ? undefined : safeImageUrl(image) });
  });
  return replies;
}

function ChipContent({ reply }: { readonly reply: QuickReply }): ReactElement {
  return (
    <>
      {reply.imageUrl !== undefined && (
        <img className="kc-quick-reply__image" src={reply.imageUrl} alt="" />
      )}
      <span>{reply.action.title}</span>
    </>
  );
}

/**
 * `quick_replies`: chips under the text. `text`/`postback` chips send their `payload`,
 * `url`/`web_url` chips open `url`. Once one is chosen (or when not `interactive`)
 * the sending chips are disabled.
 *
 * @example
 * <QuickRepliesTemplate part={part} interactive={isLatest} onSend={send} />
 */
export function QuickRepliesTemplate({
  part,
  interactive,
  onSend,
}: TemplateViewProps): ReactElement {
  const [chosen, setChosen] = useState(false);
  const text = stringField(part.payload, "text");
  const replies = readQuickReplies(arrayField(part.payload, "quick_replies"));
  const enabled = interactive && !chosen;
  return (
    <div className="kc-template kc-quick-replies-template">
      <div className="kc-template__text">
        <FormattedText text={text ?? part.fallbackText} />
      </div>
      {replies.length > 0 && (
        <div className="kc-quick-replies">
          {replies.map((reply) => {
            const { action } = reply;
            if (action.kind === "send") {
              return (
                <button
                  key={action.key}
                  type="button"
                  className="kc-quick-reply"
                  disabled={!enabled}
                  onClick={() => {
                    if (!enabled) return;
                    setChosen(true);
                    onSend(action.send);
                  }}
                >
                  <ChipContent reply={reply} />
                </button>
              );
            }
            if (action.href === undefined) {
              return (
                <span key={action.key} className="kc-quick-reply kc-quick-reply--inert">
                  <ChipContent reply={reply} />
                </span>
              );
            }
            return (
              <a
                key={action.key}
                className="kc-quick-reply"
                href={action.href}
                target="_blank"
                rel="noopener noreferrer"
              >
                <ChipContent reply={reply} />
              </a>
            );
          })}
        </div>
      )}
    </div>
  );
}
