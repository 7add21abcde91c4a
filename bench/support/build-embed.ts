import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SourceMapV3 } from "./source-map-spans.js";

export const repositoryRoot = join(import.meta.dirname, "..", "..");

/** The embed as built from the current sources, with its source map. */
export interface EmbedBuild {
  readonly directory: string;
  /** The script exactly as `vite build` ships it (no source map comment). */
  readonly code: string;
  readonly map: SourceMapV3;
}

/**
 * Builds `@kore-chat/embed` with `KORE_EMBED_SOURCEMAP=1` into a temporary directory, leaving
 * `packages/embed/dist` (which the playground and e2e serve) untouched.
 */
export function buildEmbed(): EmbedBuild {
  const directory = mkdtempSync(join(tmpdir(), "kore-chat-bench-embed-"));
  const vite = join(repositoryRoot, "node_modules", "vite", "bin", "vite.js");
  const result = spawnSync(
    process.execPath,
    [vite, "build", "--outDir", directory, "--emptyOutDir", "--logLevel", "warn"],
    {
      cwd: join(repositoryRoot, "packages", "embed"),
      env: { ...process.env, KORE_EMBED_SOURCEMAP: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    },
  );
  if (result.status !== 0) throw new Error(`embed build failed (exit ${result.status})`);
  const built = readFileSync(join(directory, "kore-chat.js"), "utf8");
  const code = built.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "");
  const map = JSON.parse(readFileSync(join(directory, "kore-chat.js.map"), "utf8")) as SourceMapV3;
  return { directory, code, map };
}
