import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { demoApp } from "../packages/simulator/src/simulator.js";

/** Something that must never be in what a browser downloads: a secret, or a sign of one. */
export interface SecretPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

/** Where a pattern matched. The matched text is not kept: it may be a real secret. */
export interface SecretLeak {
  readonly file: string;
  readonly pattern: string;
  readonly offset: number;
}

/** The build's browser outputs, relative to the repository root. */
export const browserOutputs: readonly string[] = [
  "packages/embed/dist",
  "apps/playground/dist",
  "storybook-static",
];

const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

/**
 * The patterns a browser bundle must not match: the simulator's demo client secret, the value
 * of `KORE_CLIENT_SECRET` when it is set, any client-secret name (`KORE_CLIENT_SECRET`,
 * `clientSecret`, `client_secret`: code that reads one has no place in a browser), and a signed
 * JWT baked in.
 *
 * @example
 * secretPatterns({ KORE_CLIENT_SECRET: "s3cret-of-the-app" }).map((p) => p.name);
 */
export function secretPatterns(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SecretPattern[] {
  const patterns: SecretPattern[] = [
    { name: "the simulator's demo client secret", pattern: literal(demoApp.clientSecret) },
    {
      name: "a client secret's name (KORE_CLIENT_SECRET, clientSecret)",
      pattern: /client_?secret/i,
    },
    { name: "a signed JWT", pattern: /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{16,}/ },
  ];
  const configured = env.KORE_CLIENT_SECRET;
  // Short values would match by chance; a real app secret is long.
  if (configured !== undefined && configured.length >= 8) {
    patterns.unshift({ name: "the value of KORE_CLIENT_SECRET", pattern: literal(configured) });
  }
  return patterns;
}

/** Every pattern that `text` matches, with where. */
export function findSecrets(
  text: string,
  patterns: readonly SecretPattern[],
): { pattern: string; offset: number }[] {
  const found: { pattern: string; offset: number }[] = [];
  for (const { name, pattern } of patterns) {
    const match = pattern.exec(text);
    if (match !== null) found.push({ pattern: name, offset: match.index });
  }
  return found;
}

function filesUnder(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * Reads every file under each directory (each must exist and hold files: a missing build
 * would pass vacuously) and reports every pattern match.
 *
 * @example
 * const { files, leaks } = scanForSecrets(["packages/embed/dist"], secretPatterns());
 */
export function scanForSecrets(
  directories: readonly string[],
  patterns: readonly SecretPattern[],
  root = process.cwd(),
): { files: number; leaks: SecretLeak[] } {
  let files = 0;
  const leaks: SecretLeak[] = [];
  for (const directory of directories) {
    const absolute = join(root, directory);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory()) {
      throw new Error(`${directory} does not exist: build it first`);
    }
    const found = filesUnder(absolute);
    if (found.length === 0) throw new Error(`${directory} is empty: build it first`);
    for (const file of found) {
      files += 1;
      for (const leak of findSecrets(readFileSync(file, "latin1"), patterns)) {
        leaks.push({ file: relative(root, file), ...leak });
      }
    }
  }
  return { files, leaks };
}
