/**
 * The demo's streamed GenAI answer (PROTOCOL.md §8): Markdown with a heading, a list, a GFM
 * table, a code fence, a link and bold text, cut into chunks the way a model emits them.
 */
export const streamedAnswerMarkdown = [
  "## Streaming, in short",
  "",
  "A **streamed answer** arrives in pieces that share one `messageId`:",
  "",
  "- each chunk is appended in arrival order",
  "- the last one says `endChunk: true`",
  "- history keeps the whole text as one row",
  "",
  "| Frame | Carries |",
  "| --- | --- |",
  "| first | the start of the answer |",
  "| last | `endChunk: true` |",
  "",
  "```ts",
  'client.on("bot_response", (frame) => frame.sM && append(frame));',
  "```",
  "",
  "Read more in the [platform documentation](https://docs.kore.ai/).",
].join("\n");

/**
 * Cuts a text into `count` chunks of about equal length, on word boundaries where it can (a
 * chunk may be only whitespace or newlines, as real streams do).
 *
 * @example
 * chunkText("one two three", 2); // ["one two", " three"]
 */
export function chunkText(text: string, count: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / Math.max(1, count)));
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    // Move the cut to the next space, so words arrive whole.
    while (end < text.length && text[end] !== " " && text[end] !== "\n" && end - start < size * 2)
      end++;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/**
 * The demo's answer with sources: the platform's `answerTemplate` payload (a generative answer
 * in fragments, each citing a source document).
 */
export const answerTemplatePayload = {
  template_type: "answerTemplate",
  answer_payload: {
    center_panel: {
      type: "citation_snippet",
      data: [
        {
          snippet_type: "generative_model",
          snippet_title: "",
          snippet_content: [
            {
              answer_fragment: "Orders ship within **2 business days**.",
              sources: [
                {
                  doc_id: "doc-shipping",
                  title: "Shipping policy",
                  url: "https://example.com/help/shipping",
                },
              ],
            },
            {
              answer_fragment: "Express delivery arrives the next day.",
              sources: [
                {
                  doc_id: "doc-express",
                  title: "Express delivery",
                  url: "https://example.com/help/express",
                },
              ],
            },
          ],
        },
      ],
    },
  },
} as const;
