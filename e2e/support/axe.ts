import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG 2.2 AA rule set the widget promises (axe tags). */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

/** One line per failing node, so a failure message says what to fix and where. */
export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly target: string;
  readonly summary: string;
}

/**
 * Runs axe with the WCAG 2.2 AA tags on `page` (open shadow roots included), optionally only
 * inside `include`, and returns its violations flattened to one finding per node.
 *
 * @example
 * expect(await axeFindings(page, { include: "[data-kore-chat]" })).toEqual([]);
 */
export async function axeFindings(
  page: Page,
  options: { include?: string; rules?: readonly string[]; disableRules?: readonly string[] } = {},
): Promise<AxeFinding[]> {
  // Legacy mode runs axe in the page's own frames and skips the blank page the default mode
  // opens per run to merge results across origins: there are no cross-origin frames here,
  // and it makes a run several times faster (the Storybook spec runs one per story).
  let builder = new AxeBuilder({ page }).withTags([...wcagTags]).setLegacyMode(true);
  if (options.rules !== undefined) builder = builder.withRules([...options.rules]);
  if (options.include !== undefined) builder = builder.include(options.include);
  if (options.disableRules !== undefined && options.disableRules.length > 0)
    builder = builder.disableRules([...options.disableRules]);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: violation.impact ?? "unknown",
      // A target inside a shadow root is a path of selectors, host first.
      target: node.target
        .map((part) => (Array.isArray(part) ? part.join(" >>> ") : String(part)))
        .join(", "),
      summary: node.failureSummary ?? violation.help,
    })),
  );
}
