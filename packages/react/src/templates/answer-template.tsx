import type { ReactElement } from "react";
import { useStrings } from "../i18n/strings-context.js";
import { MarkdownText } from "../markup/markdown-text.js";
import { safeLinkUrl } from "../markup/safe-url.js";
import { arrayField, isRecord, recordField, recordsField, stringField } from "./read-fields.js";
import type { TemplateViewProps } from "./template-types.js";

interface AnswerSource {
  readonly key: string;
  readonly title: string;
  readonly url: string | undefined;
}

interface Answer {
  readonly text: string;
  readonly sources: readonly AnswerSource[];
}

const maxSources = 20;

/**
 * Reads the platform's answer (`answer_payload.center_panel.data[0]`): a generative answer in
 * `snippet_content` fragments, each citing `sources[0]` (`doc_id`, `title`, `url`), or an
 * extractive one (`snippet_content` a string, with `source` and `url`). A plain
 * `{ answer, sources: [{ title, url }] }` is read too. Every field is untrusted.
 */
function readAnswer(payload: Readonly<Record<string, unknown>>): Answer | undefined {
  const panel = recordField(recordField(payload, "answer_payload"), "center_panel");
  const [snippet] = recordsField(panel, "data");
  const sources: AnswerSource[] = [];
  const cite = (source: unknown): number | undefined => {
    if (!isRecord(source)) return undefined;
    const url = stringField(source, "url");
    const id = stringField(source, "doc_id") ?? url ?? stringField(source, "title");
    if (id === undefined) return undefined;
    const known = sources.findIndex((existing) => existing.key === id);
    if (known >= 0) return known + 1;
    if (sources.length >= maxSources) return undefined;
    sources.push({ key: id, title: stringField(source, "title") ?? url ?? id, url });
    return sources.length;
  };
  if (snippet !== undefined) {
    const content = snippet.snippet_content;
    if (typeof content === "string") {
      cite({
        title: stringField(snippet, "source"),
        url: stringField(snippet, "url"),
        doc_id: stringField(snippet, "doc_id"),
      });
      return { text: content, sources };
    }
    const fragments = arrayField(snippet, "snippet_content").flatMap((fragment) => {
      const text = stringField(fragment, "answer_fragment");
      if (text === undefined) return [];
      const number = cite(arrayField(fragment, "sources")[0]);
      return [number === undefined ? text : `${text} [${number}]`];
    });
    if (fragments.length > 0) return { text: fragments.join(" "), sources };
  }
  const answer = stringField(payload, "answer") ?? stringField(payload, "text");
  if (answer === undefined) return undefined;
  for (const source of arrayField(payload, "sources")) cite(source);
  return { text: answer, sources };
}

/**
 * `answerTemplate`: a (generative) answer in Markdown with its numbered sources as safe links
 * (a source with an unsafe or no URL shows as text).
 *
 * @example
 * <AnswerTemplate part={part} interactive onSend={send} />
 */
export function AnswerTemplate({ part }: TemplateViewProps): ReactElement {
  const strings = useStrings(undefined);
  const answer = readAnswer(part.payload);
  if (answer === undefined) {
    return (
      <div className="kc-template kc-answer">
        <MarkdownText text={part.fallbackText} />
      </div>
    );
  }
  return (
    <div className="kc-template kc-answer">
      <MarkdownText text={answer.text} />
      {answer.sources.length > 0 && (
        <section className="kc-answer__sources" aria-label={strings.sources}>
          <p className="kc-answer__sources-title" aria-hidden="true">
            {strings.sources}
          </p>
          <ol>
            {answer.sources.map((source) => {
              const href = source.url === undefined ? undefined : safeLinkUrl(source.url);
              return (
                <li key={source.key}>
                  {href === undefined ? (
                    source.title
                  ) : (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
