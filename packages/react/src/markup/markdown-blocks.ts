/**
 * Cuts Markdown into its top-level blocks at blank lines outside code fences, so a growing
 * (streamed) text re-parses only its last block: the ones before it are finished and their
 * rendering is reused. A list or quote with blank lines inside becomes several blocks, which
 * renders the same; the cost is that reference-style link definitions work within a block only.
 *
 * @example
 * splitMarkdownBlocks("# Title\n\nText\n\n```\na\n\nb\n```"); // ["# Title", "Text", "```\na\n\nb\n```"]
 */
export function splitMarkdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (current.length > 0) blocks.push(current.join("\n"));
    current = [];
  };
  for (const line of text.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker !== undefined) fence = marker;
    else if (
      fence !== undefined &&
      marker !== undefined &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    )
      fence = undefined;
    else if (fence === undefined && line.trim() === "") {
      flush();
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks;
}
