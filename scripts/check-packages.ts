// `npm run check:packages`: the published packages as a consumer gets them. Builds them if the
// build is missing or older than the sources (`--build` forces it), packs them with pnpm into a
// temporary directory and then, on the tarballs alone:
//   1. contents: no `workspace:` range left, README.md and LICENSE, source maps that carry their
//      sources, no `node:` import in the browser packages, the embed without dependencies;
//   2. publint (strict) and @arethetypeswrong/cli (`--profile esm-only`): no message at all;
//   3. for React 18 and React 19, a fresh Vite + React + TypeScript app installs the tarballs
//      (npm), type-checks its source strictly (`tsc --noEmit`, skipLibCheck off) and builds it;
//   4. in that app, in Node with no `window`: every entry imports, `renderToString(<KoreChat/>)`
//      makes no request and leaves no timer (the process exits by itself), the CLI answers --help.
// Prints a summary and exits 1 on any problem. `--keep` keeps the temporary directory.
import { type SpawnOptions, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = performance.now();
const argv = new Set(process.argv.slice(2));

interface PublishedPackage {
  readonly name: string;
  readonly dir: string;
  /** Runs in browsers: no `node:` import may ship. */
  readonly browser: boolean;
}

const published: readonly PublishedPackage[] = [
  { name: "@kore-chat/transport", dir: "packages/transport", browser: true },
  { name: "@kore-chat/store", dir: "packages/store", browser: true },
  { name: "@kore-chat/react", dir: "packages/react", browser: true },
  { name: "@kore-chat/embed", dir: "packages/embed", browser: true },
  { name: "@kore-chat/history-api", dir: "packages/history-api", browser: false },
];

/**
 * Entry points attw does not look at, with the reason. `./kore-chat.js` is the embed's IIFE, a
 * classic script for a `<script>` tag (it defines the global `KoreChat`), not a module with
 * types; its subpath exists so it can be resolved and copied.
 */
const attwExcluded: Readonly<Record<string, readonly string[]>> = {
  "@kore-chat/embed": ["./kore-chat.js"],
};

/** The resolutions `--profile esm-only` ignores: these packages have no CommonJS build. */
const esmOnlyIgnored = new Set(["node10", "node16-cjs"]);

const reactMajors = [18, 19] as const;

// ---------------------------------------------------------------- results and output

interface Result {
  readonly section: string;
  readonly ok: boolean;
  readonly text: string;
}

const results: Result[] = [];
const notes: string[] = [];
const timings: [string, number][] = [];

function pass(section: string, text: string): void {
  results.push({ section, ok: true, text });
}

function fail(section: string, text: string): void {
  results.push({ section, ok: false, text });
  console.log(`  ✗ ${section}: ${text}`);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const at = performance.now();
  console.log(`▸ ${label}`);
  try {
    return await work();
  } finally {
    timings.push([label, performance.now() - at]);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------- processes

interface Run {
  readonly code: number | null;
  readonly output: string;
  readonly timedOut: boolean;
}

/** Runs a command, its stdout and stderr collected together; never throws. */
function run(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { readonly timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let timedOut = false;
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill("SIGKILL");
          }, options.timeoutMs);
    child.on("error", (error) => {
      output += String(error);
    });
    child.on("close", (code) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

const tail = (text: string, lines = 25) => text.trim().split("\n").slice(-lines).join("\n");

/** pnpm at the version pinned in package.json: the running one, else through npx. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  const { packageManager } = readJson(join(root, "package.json")) as { packageManager: string };
  return ["npx", ["--yes", packageManager]];
}

/** The environment for commands run in the temporary apps: none of this workspace's npm state. */
function consumerEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_package_|npm_lifecycle_|PNPM_SCRIPT_SRC_DIR$|INIT_CWD$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, npm_config_update_notifier: "false", npm_config_fund: "false" };
}

// ---------------------------------------------------------------- files

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Every file under `directory` (`node_modules` left out) that `keep` accepts. */
function walk(directory: string, keep: (path: string) => boolean = () => true): string[] {
  if (!existsSync(directory)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") found.push(...walk(path, keep));
    } else if (keep(path)) {
      found.push(path);
    }
  }
  return found;
}

/** Every file a package's published `exports` and `bin` name (relative to the package). */
function publishedTargets(manifest: Record<string, unknown>): string[] {
  const targets = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === "string") targets.add(value);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
  };
  const publishConfig = (manifest.publishConfig ?? {}) as Record<string, unknown>;
  collect(publishConfig.exports ?? manifest.exports);
  collect(manifest.bin);
  return [...targets].filter((target) => !target.includes("*"));
}

// ---------------------------------------------------------------- 0. build if needed

function buildIsCurrent(): { current: boolean; reason: string } {
  const isInput = (path: string) =>
    !/\.(test|integration\.test|stories)\.tsx?$/.test(path) && !path.includes("/testing/");
  let newestInput = statSync(join(root, "tsconfig.base.json")).mtimeMs;
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const pkg of published) {
    const dir = join(root, pkg.dir);
    const inputs = [
      ...walk(join(dir, "src"), isInput),
      ...walk(join(dir, "scripts")),
      ...readdirSync(dir)
        .filter((name) => /^(package\.json|tsconfig.*\.json|vite\.config\.ts)$/.test(name))
        .map((name) => join(dir, name)),
    ];
    for (const input of inputs) newestInput = Math.max(newestInput, statSync(input).mtimeMs);
    const manifest = readJson(join(dir, "package.json")) as Record<string, unknown>;
    for (const target of publishedTargets(manifest)) {
      const output = join(dir, target);
      if (!existsSync(output)) return { current: false, reason: `${pkg.dir}/${target} is missing` };
      oldestOutput = Math.min(oldestOutput, statSync(output).mtimeMs);
    }
  }
  return newestInput <= oldestOutput
    ? { current: true, reason: "every output is newer than the sources" }
    : { current: false, reason: "a source is newer than the build" };
}

const filters = published.flatMap((pkg) => ["--filter", pkg.name]);

async function buildIfNeeded(): Promise<boolean> {
  const { current, reason } = buildIsCurrent();
  if (current && !argv.has("--build")) {
    pass("build", `up to date (${reason})`);
    return true;
  }
  return timed(`build (${argv.has("--build") ? "--build" : reason})`, async () => {
    const [command, prefix] = pnpmCommand();
    const built = await run(command, [...prefix, "-r", ...filters, "run", "build"], { cwd: root });
    if (built.code !== 0) {
      fail("build", `pnpm -r run build failed:\n${tail(built.output)}`);
      return false;
    }
    pass("build", "built");
    return true;
  });
}

// ---------------------------------------------------------------- 1. pack and contents

interface Tarball {
  readonly pkg: PublishedPackage;
  readonly file: string;
  /** Where it is unpacked (`package/` inside). */
  readonly unpacked: string;
  readonly manifest: Record<string, unknown>;
  readonly files: readonly string[];
  readonly packedBytes: number;
  readonly unpackedBytes: number;
}

async function pack(work: string): Promise<Tarball[] | undefined> {
  const destination = join(work, "tarballs");
  const [command, prefix] = pnpmCommand();
  const packed = await run(
    command,
    [...prefix, "-r", ...filters, "pack", "--pack-destination", destination, "--json"],
    { cwd: root },
  );
  if (packed.code !== 0) {
    fail("pack", `pnpm pack failed:\n${tail(packed.output)}`);
    return undefined;
  }
  const tarballs: Tarball[] = [];
  for (const pkg of published) {
    const file = readdirSync(destination)
      .map((name) => join(destination, name))
      .find((path) =>
        relative(destination, path).startsWith(`${pkg.name.slice(1).replace("/", "-")}-`),
      );
    if (file === undefined) {
      fail("pack", `${pkg.name}: no tarball`);
      continue;
    }
    const unpacked = join(work, "unpacked", pkg.name);
    mkdirSync(unpacked, { recursive: true });
    const untar = await run("tar", ["-xzf", file, "-C", unpacked]);
    if (untar.code !== 0) {
      fail("pack", `${pkg.name}: tar -xzf failed: ${tail(untar.output)}`);
      continue;
    }
    const base = join(unpacked, "package");
    const files = walk(base).map((path) => relative(base, path));
    tarballs.push({
      pkg,
      file,
      unpacked: base,
      manifest: readJson(join(base, "package.json")) as Record<string, unknown>,
      files,
      packedBytes: statSync(file).size,
      unpackedBytes: files.reduce((sum, path) => sum + statSync(join(base, path)).size, 0),
    });
  }
  pass("pack", `${tarballs.length} tarballs in ${destination}`);
  return tarballs;
}

function checkContents(tarball: Tarball): void {
  const { pkg, manifest, files, unpacked } = tarball;
  const section = `contents ${pkg.name}`;
  const before = results.filter((result) => !result.ok).length;
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [name, range] of Object.entries((manifest[field] ?? {}) as Record<string, string>)) {
      if (range.startsWith("workspace:")) fail(section, `${field}.${name} is still "${range}"`);
    }
  }
  for (const required of ["README.md", "LICENSE", "package.json"]) {
    if (!files.includes(required)) fail(section, `${required} is not in the tarball`);
  }
  for (const map of files.filter((path) => path.endsWith(".map"))) {
    const { sources = [], sourcesContent = [] } = readJson(join(unpacked, map)) as {
      sources?: string[];
      sourcesContent?: (string | null)[];
    };
    const usable = sources.every(
      (source, index) =>
        typeof sourcesContent[index] === "string" ||
        existsSync(join(unpacked, dirname(map), source)),
    );
    if (!usable) fail(section, `${map} points at sources that are neither inlined nor shipped`);
  }
  if (pkg.browser) {
    for (const code of files.filter((path) => path.endsWith(".js"))) {
      if (
        /\b(from|import\(|require\()\s*["']node:/.test(readFileSync(join(unpacked, code), "utf8"))
      )
        fail(section, `${code} imports a node: module (the package runs in browsers)`);
    }
  }
  const dependencies = Object.keys((manifest.dependencies ?? {}) as Record<string, string>);
  if (pkg.name === "@kore-chat/transport" && dependencies.includes("jose"))
    fail(section, "depends on jose (the History API client's, now in @kore-chat/history-api)");
  if (pkg.name === "@kore-chat/embed") {
    // Everything is bundled: installing the embed must pull nothing else.
    if (dependencies.length > 0) fail(section, `has dependencies: ${dependencies.join(", ")}`);
    const types = readFileSync(join(unpacked, "dist", "index.d.ts"), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
    const imported = [
      ...types.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g),
    ].map((match) => match[1] ?? match[2]);
    const strays = imported.filter((specifier) => specifier !== "react");
    if (strays.length > 0)
      fail(section, `dist/index.d.ts imports ${strays.join(", ")} (only react's types may be)`);
  }
  if (results.filter((result) => !result.ok).length === before) {
    pass(section, `${files.length} files, ${kilobytes(tarball.packedBytes)} packed`);
  }
}

// ---------------------------------------------------------------- 2. publint and attw

async function lint(tarball: Tarball): Promise<void> {
  const section = `publint ${tarball.pkg.name}`;
  const bytes = readFileSync(tarball.file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer as ArrayBuffer },
    level: "suggestion",
    strict: true,
  });
  for (const message of messages) {
    fail(
      section,
      `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`,
    );
  }
  if (messages.length === 0) pass(section, "no messages");
}

interface AttwProblem {
  readonly kind: string;
  readonly entrypoint?: string;
  readonly resolutionKind?: string;
}

async function typesAreRight(tarball: Tarball): Promise<void> {
  const section = `attw ${tarball.pkg.name}`;
  const excluded = attwExcluded[tarball.pkg.name] ?? [];
  const attw = join(root, "node_modules", "@arethetypeswrong", "cli", "dist", "index.js");
  const args = [attw, tarball.file, "--profile", "esm-only", "--format", "json"];
  args.push("--no-definitely-typed");
  if (excluded.length > 0) args.push("--exclude-entrypoints", ...excluded);
  const checked = await run(process.execPath, args, { cwd: root });
  let problems: AttwProblem[] = [];
  try {
    const report = JSON.parse(checked.output.slice(checked.output.indexOf("{"))) as {
      problems?: Record<string, AttwProblem[]> | AttwProblem[];
    };
    problems = Object.values(report.problems ?? {}).flat();
  } catch {
    fail(section, `unreadable output (exit ${checked.code}):\n${tail(checked.output)}`);
    return;
  }
  const counted = problems.filter(
    (problem) =>
      problem.resolutionKind === undefined || !esmOnlyIgnored.has(problem.resolutionKind),
  );
  for (const problem of counted) {
    fail(
      section,
      `${problem.kind} (${problem.entrypoint ?? "?"}, ${problem.resolutionKind ?? "?"})`,
    );
  }
  if (counted.length === 0 && checked.code !== 0) fail(section, `exit ${checked.code}`);
  if (counted.length === 0 && checked.code === 0) {
    const skipped = excluded.length > 0 ? `; not a module: ${excluded.join(", ")}` : "";
    pass(section, `no problems (esm-only: node10 and node16-cjs ignored${skipped})`);
  }
}

// ---------------------------------------------------------------- 3 and 4. consumer apps

const fixture = join(root, "scripts", "check-packages", "consumer");

function rootRange(name: string): string {
  const manifest = readJson(join(root, "package.json")) as {
    devDependencies: Record<string, string>;
  };
  const range = manifest.devDependencies[name];
  if (range === undefined) throw new Error(`package.json has no devDependency ${name}`);
  return range;
}

async function consumerApp(work: string, tarballs: readonly Tarball[], major: number) {
  const section = `react ${major}`;
  const app = join(work, `react-${major}`);
  cpSync(fixture, app, { recursive: true });
  const dependencies: Record<string, string> = {
    react: `^${major}`,
    "react-dom": `^${major}`,
  };
  for (const tarball of tarballs) dependencies[tarball.pkg.name] = `file:${tarball.file}`;
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify(
      {
        name: `kore-chat-consumer-react-${major}`,
        private: true,
        type: "module",
        dependencies,
        devDependencies: {
          "@types/react": `^${major}`,
          "@types/react-dom": `^${major}`,
          "@vitejs/plugin-react": rootRange("@vitejs/plugin-react"),
          typescript: rootRange("typescript"),
          vite: rootRange("vite"),
        },
      },
      null,
      2,
    )}\n`,
  );
  const env = consumerEnv();
  const bin = (name: string) => join(app, "node_modules", ".bin", name);

  const installed = await timed(`${section}: npm install`, () =>
    run("npm", ["install", "--no-audit", "--prefer-offline", "--loglevel=error"], {
      cwd: app,
      env,
      timeoutMs: 300_000,
    }),
  );
  if (installed.code !== 0) {
    fail(section, `npm install failed:\n${tail(installed.output)}`);
    return;
  }
  const version = (name: string) =>
    (readJson(join(app, "node_modules", name, "package.json")) as { version: string }).version;
  pass(
    section,
    `installed react ${version("react")}, @types/react ${version("@types/react")}, typescript ${version("typescript")}, vite ${version("vite")}`,
  );

  const typed = await timed(`${section}: tsc --noEmit`, () =>
    run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], { cwd: app, env }),
  );
  if (typed.code === 0) pass(section, "tsc --noEmit (strict, skipLibCheck off): no errors");
  else fail(section, `tsc --noEmit:\n${tail(typed.output)}`);

  const built = await timed(`${section}: vite build`, () =>
    run(bin("vite"), ["build"], { cwd: app, env }),
  );
  if (built.code !== 0) fail(section, `vite build:\n${tail(built.output)}`);
  else if (built.output.trim() === "") pass(section, "vite build: no warnings");
  else {
    pass(section, "vite build");
    notes.push(`${section}: vite build said: ${built.output.trim()}`);
  }

  await timed(`${section}: node checks`, () => nodeChecks(app, section, env));
}

/** Runs node-check.mjs; it must exit by itself within a moment of printing DONE. */
async function nodeChecks(app: string, section: string, env: NodeJS.ProcessEnv): Promise<void> {
  const graceMs = 3_000;
  await new Promise<void>((resolve) => {
    const child = spawn(process.execPath, ["node-check.mjs"], {
      cwd: app,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let doneAt: number | undefined;
    let killed: string | undefined;
    const kill = (why: string) => {
      killed = why;
      child.kill("SIGKILL");
    };
    const overall = setTimeout(() => kill("did not finish within 60 s"), 60_000);
    let grace: NodeJS.Timeout | undefined;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (doneAt === undefined && /^DONE /m.test(output)) {
        doneAt = performance.now();
        grace = setTimeout(
          () =>
            kill(`still running ${graceMs / 1000} s after its checks: a timer or socket is left`),
          graceMs,
        );
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => {
      clearTimeout(overall);
      if (grace !== undefined) clearTimeout(grace);
      for (const line of output.split("\n")) {
        const [kind = "", ...rest] = line.split(" ");
        const text = rest.join(" ");
        if (kind === "PASS") pass(section, text);
        else if (kind === "FAIL") fail(section, text);
        else if (kind === "NOTE") notes.push(`${section}: ${text}`);
      }
      if (killed !== undefined) fail(section, `node-check.mjs ${killed}`);
      else if (doneAt === undefined)
        fail(section, `node-check.mjs exited ${code}:\n${tail(output)}`);
      else if (code !== 0) fail(section, `node-check.mjs exited ${code}`);
      else
        pass(
          section,
          `node exited by itself ${Math.round(performance.now() - doneAt)} ms after its checks`,
        );
      resolve();
    });
  });

  const cli = await run(join(app, "node_modules", ".bin", "kore-history-export"), ["--help"], {
    cwd: app,
    env,
    timeoutMs: 30_000,
  });
  if (cli.code === 0 && cli.output.startsWith("Usage: kore-history-export"))
    pass(section, "kore-history-export --help");
  else fail(section, `kore-history-export --help exited ${cli.code}:\n${tail(cli.output)}`);
}

// ---------------------------------------------------------------- main

const work = mkdtempSync(join(tmpdir(), "kore-chat-check-packages-"));
let tarballs: Tarball[] = [];
try {
  if (await buildIfNeeded()) {
    tarballs = (await timed("pack", () => pack(work))) ?? [];
    for (const tarball of tarballs) checkContents(tarball);
    await timed("publint + attw", () =>
      Promise.all(tarballs.flatMap((tarball) => [lint(tarball), typesAreRight(tarball)])),
    );
    if (tarballs.length === published.length) {
      await Promise.all(reactMajors.map((major) => consumerApp(work, tarballs, major)));
    } else {
      fail("consumer apps", "skipped: not every package was packed");
    }
  }
} catch (error) {
  fail("check:packages", error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  if (argv.has("--keep")) notes.push(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok);
console.log("\ncheck:packages");
if (tarballs.length > 0) {
  console.log("  tarballs:");
  for (const tarball of tarballs) {
    const deps = Object.keys((tarball.manifest.dependencies ?? {}) as object);
    console.log(
      `    ${tarball.pkg.name.padEnd(24)} ${kilobytes(tarball.packedBytes).padStart(9)} packed, ${kilobytes(tarball.unpackedBytes).padStart(9)} unpacked, ${tarball.files.length} files, dependencies: ${deps.join(", ") || "none"}`,
    );
  }
}
for (const section of [...new Set(results.map((result) => result.section))]) {
  for (const result of results.filter((candidate) => candidate.section === section)) {
    console.log(
      `  ${result.ok ? "✓" : "✗"} ${section}: ${result.text.split("\n").join("\n      ")}`,
    );
  }
}
const noteCounts = new Map<string, number>();
for (const note of notes) noteCounts.set(note, (noteCounts.get(note) ?? 0) + 1);
for (const [note, count] of noteCounts) {
  const text = note.length > 200 ? `${note.slice(0, 200)}…` : note;
  console.log(`  · ${text}${count > 1 ? ` (×${count})` : ""}`);
}
console.log(`  times: ${timings.map(([label, ms]) => `${label} ${seconds(ms)}`).join(", ")}`);
const total = seconds(performance.now() - started);
if (failed.length > 0) {
  console.log(`\ncheck:packages: ${failed.length} problem(s) in ${total}`);
  process.exitCode = 1;
} else {
  console.log(`\ncheck:packages: all ${results.length} checks passed in ${total}`);
}
