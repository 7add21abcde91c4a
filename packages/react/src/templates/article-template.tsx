import type { ReactElement } from "react";
import { FormattedText } from "../markup/formatted-text.js";
import { FallbackTemplate } from "./fallback-template.js";
import { recordField, recordsField, stringField, type UnknownRecord } from "./read-fields.js";
import { displayCount, SeeMoreList } from "./see-more-list.js";
import { readTemplateAction, TemplateActionControl } from "./template-action.js";
import type { TemplateSend, TemplateViewProps } from "./template-types.js";
import { useDisclosure } from "./use-disclosure.js";

interface ArticleProps {
  readonly article: UnknownRecord;
  readonly articleKey: string;
  readonly interactive: boolean;
  readonly onSend: (send: TemplateSend) => void;
}

function Article({ article, articleKey, interactive, onSend }: ArticleProps): ReactElement {
  const details = useDisclosure();
  const title = stringField(article, "title");
  const description = stringField(article, "description");
  const action = readTemplateAction(recordField(article, "button"), `${articleKey}-button`);
  const created = stringField(article, "createdOn");
  const updated = stringField(article, "updatedOn");
  // A titled article opens in place (the official SDK opens a panel): its whole text and button.
  const toggled = title !== undefined && (description !== undefined || action !== undefined);
  const open = !toggled || details.open;
  return (
    <li className="kc-card kc-article">
      {toggled ? (
        <button {...details.toggle} className="kc-disclosure kc-card__title">
          {title}
        </button>
      ) : (
        title !== undefined && <div className="kc-card__title">{title}</div>
      )}
      <div id={details.region.id} className="kc-article__body">
        {description !== undefined && (
          <div className={open ? "kc-article__text" : "kc-article__text kc-article__text--clamped"}>
            <FormattedText text={description} />
          </div>
        )}
        {(created !== undefined || updated !== undefined) && (
          <div className="kc-template__subtext kc-article__dates">
            {created !== undefined && <span>{created}</span>}
            {updated !== undefined && <span>{updated}</span>}
          </div>
        )}
        {open && action !== undefined && (
          <TemplateActionControl action={action} interactive={interactive} onSend={onSend} />
        )}
      </div>
    </li>
  );
}

/**
 * `articleTemplate`: `elements[]` of articles (`title`, `description`, `createdOn`,
 * `updatedOn`, a `button`). Each title is a disclosure button that shows the whole text and
 * the article's button (a postback sends its `payload`, a link opens a safe URL); with
 * `displayLimit` the other articles wait behind a `seeMoreTitle` button.
 *
 * @example
 * <ArticleTemplate part={part} interactive onSend={send} />
 */
export function ArticleTemplate(props: TemplateViewProps): ReactElement {
  const { payload } = props.part;
  const articles = recordsField(payload, "elements").filter(
    (article) =>
      stringField(article, "title") !== undefined ||
      stringField(article, "description") !== undefined,
  );
  if (articles.length === 0) return <FallbackTemplate {...props} />;
  const heading = stringField(payload, "title") ?? stringField(payload, "text");
  return (
    <div className="kc-template kc-article-template">
      {heading !== undefined && (
        <div className="kc-template__text kc-card__title">
          <FormattedText text={heading} />
        </div>
      )}
      <SeeMoreList
        items={articles.map((article, index) => (
          <Article
            // biome-ignore lint/suspicious/noArrayIndexKey: articles of one payload never reorder.
            key={index}
            article={article}
            articleKey={`article-${index}`}
            interactive={props.interactive}
            onSend={props.onSend}
          />
        ))}
        count={displayCount(stringField(payload, "displayLimit"), articles.length)}
        label={stringField(payload, "seeMoreTitle")}
      />
    </div>
  );
}
