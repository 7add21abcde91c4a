import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SourceMapV3 } from "./source-map-spans.js";

export const repositoryRoot = join(import.meta.dirname, "..", "..");

/** One JavaScript file of the built embed, as served (no source map comment), and its map. */
export interface BuiltFile {
  /** Its path under the embed's folder: `kore-chat.js`, `chunks/rich-templates-….js`. */
  readonly name: string;
  readonly code: string;
  readonly map: SourceMapV3 | undefined;
}

/**
 * The embed as built from the current sources, in the folder layout `dist/` has: the script
 * (the launcher, an IIFE), the panel it fetches on intent (an ES module), the panel's chunks
 * and the separate catalogues.
 */
export interface EmbedBuild {
  readonly directory: string;
  /** `kore-chat.js`: what every page downloads before any interaction. */
  readonly script: BuiltFile;
  /** `kore-chat-panel.js`, or undefined for an embed of one file (before the split). */
  readonly panel: BuiltFile | undefined;
  /** `kore-chat-connect.js` (the connection's head start), or undefined for a build without it. */
  readonly connect: BuiltFile | undefined;
  /** `chunks/*.js`: imported by the panel, on demand or statically. */
  readonly chunks: readonly BuiltFile[];
  /** `locales/*.js`: one catalogue per language, loaded by a page in that language. */
  readonly locales: readonly BuiltFile[];
}

const sourceMapComment = /\n?\/\/# sourceMappingURL=\S+\s*$/;

function readBuilt(directory: string, name: string): BuiltFile {
  const code = readFileSync(join(directory, name), "utf8").replace(sourceMapComment, "");
  const mapPath = join(directory, `${name}.map`);
  const map = existsSync(mapPath)
    ? (JSON.parse(readFileSync(mapPath, "utf8")) as SourceMapV3)
    : undefined;
  return { name, code, map };
}

const scripts = (directory: string, folder: string) =>
  existsSync(join(directory, folder))
    ? readdirSync(join(directory, folder))
        .filter((file) => file.endsWith(".js"))
        .sort()
        .map((file) => `${folder}/${file}`)
    : [];

/** Reads an embed folder (a `dist/` as the build leaves it). */
export function readEmbed(directory: string): EmbedBuild {
  return {
    directory,
    script: readBuilt(directory, "kore-chat.js"),
    panel: existsSync(join(directory, "kore-chat-panel.js"))
      ? readBuilt(directory, "kore-chat-panel.js")
      : undefined,
    connect: existsSync(join(directory, "kore-chat-connect.js"))
      ? readBuilt(directory, "kore-chat-connect.js")
      : undefined,
    chunks: scripts(directory, "chunks").map((name) => readBuilt(directory, name)),
    locales: scripts(directory, "locales").map((name) => readBuilt(directory, name)),
  };
}

/**
 * Builds `@kore-chat/embed` as its `build` script does (the script, then the panel and its
 * chunks, then the catalogues) with `KORE_EMBED_SOURCEMAP=1`, into a temporary directory,
 * leaving `packages/embed/dist` (which the playground and e2e serve) untouched.
 */
export function buildEmbed(): EmbedBuild {
  const directory = mkdtempSync(join(tmpdir(), "kore-chat-bench-embed-"));
  const vite = join(repositoryRoot, "node_modules", "vite", "bin", "vite.js");
  const configs: ReadonlyArray<readonly string[]> = [
    ["--emptyOutDir"],
    ["-c", "vite.panel.config.ts"],
    ["-c", "vite.connect.config.ts"],
    ["-c", "vite.locales.config.ts"],
  ];
  for (const config of configs) {
    const result = spawnSync(
      process.execPath,
      [vite, "build", ...config, "--outDir", directory, "--logLevel", "warn"],
      {
        cwd: join(repositoryRoot, "packages", "embed"),
        env: { ...process.env, KORE_EMBED_SOURCEMAP: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    if (result.status !== 0) {
      rmSync(directory, { recursive: true, force: true });
      throw new Error(`embed build (${config.join(" ")}) failed (exit ${result.status})`);
    }
  }
  return readEmbed(directory);
}
