// dist/index.d.ts: one self-contained declaration file for the ES module (`mount`, `MountOptions`,
// `KoreChatWidget`, …). The workspace packages the embed bundles are devDependencies, so their
// types cannot be imported from the published file: they are inlined, read from the packages'
// built .d.ts (`pnpm -r run build` builds them first). Only `react` stays an import (the types of
// custom `templates`; an optional peer dependency).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDtsBundle } from "dts-bundle-generator";

const here = fileURLToPath(new URL("..", import.meta.url));
const config = join(here, "tsconfig.types.json");
for (const name of ["react", "store", "transport"]) {
  if (!existsSync(join(here, "..", name, "dist", "index.d.ts"))) {
    console.error(`embed types: build @kore-chat/${name} first (packages/${name}/dist/index.d.ts)`);
    process.exit(1);
  }
}

const declarations = mkdtempSync(join(tmpdir(), "kore-chat-embed-types-"));
try {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const emitted = spawnSync(process.execPath, [tsc, "-p", config, "--outDir", declarations], {
    cwd: here,
    stdio: "inherit",
  });
  if (emitted.status !== 0) process.exit(emitted.status ?? 1);

  const [bundle] = generateDtsBundle(
    [
      {
        filePath: join(declarations, "index.d.ts"),
        output: { noBanner: true, exportReferencedTypes: false },
      },
    ],
    { preferredConfigPath: config },
  );
  writeFileSync(join(here, "dist", "index.d.ts"), bundle);
  const imports = [...bundle.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map((m) => m[1]);
  console.log(`embed types: dist/index.d.ts (imports: ${imports.join(", ") || "none"})`);
} finally {
  rmSync(declarations, { recursive: true, force: true });
}
