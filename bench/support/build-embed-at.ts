import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EmbedBuild, readEmbed, repositoryRoot } from "./build-embed.js";

/**
 * The embed of a given version (`--embed=…` to measure a commit instead of the working tree,
 * which others may be editing; `--before=…` for one to measure beside it): a folder holding a
 * built `kore-chat.js` (and whatever else its `dist/` had), or a commit, whose sources are
 * exported (`git archive`, which changes nothing in the repository) into a temporary
 * directory and built there as its `build` script does, with this checkout's installed
 * dependencies (right for commits whose dependencies are the ones installed now), with source
 * maps when `sourcemap`. `temporary` is the exported tree, for the caller to remove.
 */
export function buildEmbedAt(
  commitOrFolder: string,
  sourcemap = false,
): {
  readonly build: EmbedBuild;
  readonly temporary?: string;
} {
  if (existsSync(join(commitOrFolder, "kore-chat.js"))) return { build: readEmbed(commitOrFolder) };
  const tree = mkdtempSync(join(tmpdir(), "kore-chat-bench-at-"));
  const archive = execFileSync("git", ["archive", "--format=tar", commitOrFolder], {
    cwd: repositoryRoot,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync("tar", ["-x", "-C", tree], { input: archive });
  // The root's packages through a link; each workspace package's own node_modules copied, so
  // its links to sibling packages (relative) land in the exported tree, not in this checkout.
  symlinkSync(join(repositoryRoot, "node_modules"), join(tree, "node_modules"));
  for (const folder of ["packages", "apps"]) {
    const parent = join(repositoryRoot, folder);
    if (!existsSync(parent)) continue;
    for (const name of readdirSync(parent)) {
      const modules = join(parent, name, "node_modules");
      const target = join(tree, folder, name);
      if (existsSync(modules) && existsSync(target) && statSync(target).isDirectory()) {
        cpSync(modules, join(target, "node_modules"), { recursive: true, verbatimSymlinks: true });
      }
    }
  }
  const embed = join(tree, "packages", "embed");
  const vite = join(repositoryRoot, "node_modules", "vite", "bin", "vite.js");
  const configs = [
    "vite.config.ts",
    "vite.panel.config.ts",
    "vite.connect.config.ts",
    "vite.locales.config.ts",
  ].filter((config) => existsSync(join(embed, config)));
  for (const config of configs) {
    const result = spawnSync(
      process.execPath,
      [vite, "build", "-c", config, "--logLevel", "warn"],
      {
        cwd: embed,
        env: { ...process.env, KORE_EMBED_SOURCEMAP: sourcemap ? "1" : "0" },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    if (result.status !== 0) {
      rmSync(tree, { recursive: true, force: true });
      throw new Error(
        `the embed of ${commitOrFolder} (${config}) did not build (exit ${result.status})`,
      );
    }
  }
  return { build: readEmbed(join(embed, "dist")), temporary: tree };
}
