// Build-time plugins that keep the embed script small. Each one only removes bytes the
// script never runs or never needs; each fails the build loudly when the code it expects
// is not there, so an upgrade cannot silently undo it (or worse, half-apply it).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * Collapses the whitespace of CSS written as template literals (`*-css.ts` modules:
 * `koreChatCss`, `templatesCss`, `launcherCss`). Only whitespace the CSS grammar ignores
 * goes: runs become one space, spaces around `{ } ; ,` and after `:` are dropped, and so is
 * the last `;` of a block. A space before `:` stays (it is a descendant combinator in
 * `.a :focus-visible`), and so does every `${…}` interpolation.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/ ?([{};,]) ?/g, "$1")
    .replace(/: /g, ":")
    .replace(/;}/g, "}")
    .trim();
}

export function minifyCssLiterals(): Plugin {
  return {
    name: "kore-chat:minify-css-literals",
    enforce: "post",
    transform(code, id) {
      if (!/-css\.ts$/.test(id)) return null;
      let literals = 0;
      // After the TypeScript transform these modules hold CSS template literals and nothing
      // else with a backtick (comments are gone), so pairing backticks is exact here.
      const minified = code.replace(/`([^`]*)`/g, (_literal, css: string) => {
        if (!css.includes("{") && !css.includes(";")) return `\`${css}\``;
        literals += 1;
        return `\`${minifyCss(css)}\``;
      });
      // A module that only joins other sheets (`a + b`) has nothing to minify; one that assigns
      // a template literal the minifier did not find is a layout this plugin no longer reads.
      if (literals === 0 && /=\s*`/.test(code))
        this.error(`no CSS template literal found in ${id}`);
      return { code: minified, map: null };
    },
  };
}

/**
 * The widget uses marked's `Lexer` and nothing else: it builds elements from the tokens
 * itself (no HTML strings). marked's module ends with a default `marked()` instance whose
 * properties hold the HTML `Parser` and `Renderer`, which keeps ~3 KB gzipped of renderer
 * alive in any bundle. This cuts that tail (from the instance to the export list) and
 * exports only `Lexer` (declared before it), so the bundler drops the renderer. Importing
 * anything else from marked at run time then fails the embed build, by design.
 */
export function markedLexerOnly(): Plugin {
  return {
    name: "kore-chat:marked-lexer-only",
    transform(code, id) {
      if (!/[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/.test(id)) return null;
      // `var _=new B;function k(l,e){return _.parse(l,e)}` … `export{…}` in marked 16.
      const instance =
        /var ([\w$]+)=new ([\w$]+);function ([\w$]+)\([\w$]+,[\w$]+\)\{return \1\.parse\(/.exec(
          code,
        );
      const exportList = /export\{([^}]*)\};?\s*(\/\/# sourceMappingURL=\S+\s*)?$/.exec(code);
      if (instance === null || exportList?.[1] === undefined) {
        this.error(
          "marked's module layout changed: update markedLexerOnly() in scripts/bundle-plugins.ts",
        );
      }
      const lexer = exportList[1].split(",").find((entry) => /^\s*[\w$]+ as Lexer\s*$/.test(entry));
      if (lexer === undefined)
        this.error("marked no longer exports Lexer: update markedLexerOnly()");
      return { code: `${code.slice(0, instance.index)}export{${lexer}};`, map: null };
    },
  };
}

/**
 * Builds the script with the English catalogue only: `@kore-chat/react`'s table of built-in
 * catalogues (`i18n/built-in-catalogues.ts`) is replaced by one that holds English alone. The
 * others become files of their own (`vite.locales.config.ts`), and the script loads the one
 * its `locale` names (`src/locales/separate-catalogues.ts`), so no page pays for languages it
 * does not speak.
 */
export function englishCatalogueOnly(): Plugin {
  const catalogueTable = /[\\/]react[\\/]src[\\/]i18n[\\/]built-in-catalogues\.ts$/;
  let replaced = false;
  return {
    name: "kore-chat:english-catalogue-only",
    load(id) {
      if (!catalogueTable.test(id)) return null;
      replaced = true;
      return [
        'import { englishStrings } from "./strings.js";',
        "export const builtInCatalogues = Object.freeze({ en: englishStrings });",
      ].join("\n");
    },
    buildEnd(error) {
      if (error === undefined && !replaced) {
        this.error(
          "@kore-chat/react's built-in-catalogues.ts was not found: update englishCatalogueOnly()",
        );
      }
    },
  };
}

/**
 * The widget never runs a TanStack Query mutation: the store only reads history pages. Yet
 * `QueryClient` always creates a `MutationCache`, which keeps the mutation machinery (~1.5 KB
 * gzipped) in any bundle. In the embed, whose store creates its own `QueryClient` (no host
 * client can be passed to the script), the cache is replaced by an empty one that offers the
 * three methods `QueryClient` calls on it. The build fails if `QueryClient` starts calling
 * anything else on its mutation cache.
 */
export function queryCoreWithoutMutations(): Plugin {
  const usedByQueryClient = ["clear", "findAll", "resumePausedMutations"];
  let checked = false;
  return {
    name: "kore-chat:query-core-without-mutations",
    load(id) {
      if (!/[\\/]query-core[\\/]build[\\/]modern[\\/]mutationCache\.js$/.test(id)) return null;
      return [
        "export class MutationCache {",
        "  findAll() { return []; }",
        "  resumePausedMutations() { return Promise.resolve(); }",
        "  clear() {}",
        "}",
      ].join("\n");
    },
    transform(code, id) {
      if (!/[\\/]query-core[\\/]build[\\/]modern[\\/]queryClient\.js$/.test(id)) return null;
      checked = true;
      const called = new Set([...code.matchAll(/#mutationCache\.(\w+)/g)].map((match) => match[1]));
      const unexpected = [...called].filter((method) => !usedByQueryClient.includes(method ?? ""));
      if (called.size === 0 || unexpected.length > 0) {
        this.error(
          `QueryClient now calls ${unexpected.join(", ") || "nothing"} on its mutation cache: update queryCoreWithoutMutations()`,
        );
      }
      return null;
    },
    buildEnd(error) {
      if (error === undefined && !checked) {
        this.error("query-core's queryClient.js was not found: update queryCoreWithoutMutations()");
      }
    },
  };
}

/**
 * TanStack Query watches the window's focus and the browser's online state to refetch and to
 * pause retries. The store's history queries do neither: they never refetch on focus or on
 * reconnect (the store decides when to read again) and run with `networkMode: "always"`, as
 * the transport knows when the network is back. So the embed replaces both managers with ones
 * that always say "focused" and "online" and never fire (~0.5 KB gzipped). A failed history
 * page is thus retried in a background tab too, as it should be for a chat.
 */
export function queryCoreWithoutFocusOrOnlineTracking(): Plugin {
  const stubs: Record<string, string> = {
    "focusManager.js":
      "export const focusManager = { isFocused: () => true, subscribe: () => () => {} };",
    "onlineManager.js":
      "export const onlineManager = { isOnline: () => true, subscribe: () => () => {} };",
  };
  return {
    name: "kore-chat:query-core-without-focus-or-online-tracking",
    load(id) {
      const file =
        /[\\/]query-core[\\/]build[\\/]modern[\\/](focusManager|onlineManager)\.js$/.exec(id)?.[0];
      if (file === undefined) return null;
      return stubs[file.replace(/.*[\\/]/, "")] ?? null;
    },
    transform(code, id) {
      if (!/[\\/]query-core[\\/]build[\\/]modern[\\/]\w+\.js$/.test(id)) return null;
      const used = [...code.matchAll(/\b(focusManager|onlineManager)\.(?!js\b)(\w+)/g)].map(
        (match) => `${match[1]}.${match[2]}`,
      );
      const known = [
        "focusManager.isFocused",
        "focusManager.subscribe",
        "onlineManager.isOnline",
        "onlineManager.subscribe",
      ];
      const unknown = used.filter((name) => !known.includes(name));
      if (unknown.length > 0) {
        this.error(
          `query-core now uses ${unknown.join(", ")}: update queryCoreWithoutFocusOrOnlineTracking()`,
        );
      }
      return null;
    },
  };
}

/**
 * The panel ships the everyday templates (`eager`) and fetches the others on demand: in the
 * panel build, `@kore-chat/react`'s `built-in-templates.ts` is replaced by the same registry in
 * which every other renderer is a `lazyTemplate` over one chunk (`virtual:kore-chat-rich-templates`,
 * re-exporting them all and `richTemplatesCss`, which `templates-css.ts` then leaves out of the
 * widget's own sheet), so the first rich message costs one request. The registry's entries
 * and imports are read from the file itself, so a template added there is on demand here with no
 * change; the build fails if the file's layout changes so that none can be read.
 */
export function richTemplatesOnDemand(eager: readonly string[]): Plugin {
  const registryFile = /[\\/]react[\\/]src[\\/]templates[\\/]built-in-templates\.ts$/;
  // The widget's sheet keeps the base template styles; the rest come with the chunk.
  const templatesCssFile = /[\\/]react[\\/]src[\\/]templates[\\/]templates-css\.ts$/;
  const chunkId = "virtual:kore-chat-rich-templates";
  const lazyTemplateModule = fileURLToPath(
    new URL("../src/panel/lazy-template.tsx", import.meta.url),
  );
  let richExports = "";
  let replaced = false;
  return {
    name: "kore-chat:rich-templates-on-demand",
    resolveId(id) {
      return id === chunkId ? `\0${chunkId}` : null;
    },
    load(id) {
      if (id === `\0${chunkId}`) return richExports;
      if (templatesCssFile.test(id)) {
        return 'export { templateBaseCss as templatesCss } from "./template-base-css.js";';
      }
      if (!registryFile.test(id)) return null;
      const source = readFileSync(id, "utf8");
      const from = new Map<string, string>();
      for (const [, name, file] of source.matchAll(
        /import \{ (\w+) \} from "(\.\/[\w-]+\.js)";/g,
      )) {
        if (name !== undefined && file !== undefined) from.set(name, file);
      }
      const body = /builtInTemplates: TemplateRegistry = Object\.freeze\(\{([^}]*)\}\)/.exec(
        source,
      )?.[1];
      const entries = [...(body ?? "").matchAll(/^\s*(\w+): (\w+),?$/gm)].map(([, key, name]) => ({
        key: key ?? "",
        name: name ?? "",
      }));
      if (entries.length === 0 || entries.some(({ name }) => !from.has(name))) {
        this.error("built-in-templates.ts could not be read: update richTemplatesOnDemand()");
      }
      // The sources import "./x.js" for "./x.tsx" (or .ts): the chunk names the real file.
      const sourceFile = (name: string) => {
        const base = join(dirname(id), (from.get(name) ?? "").replace(/\.js$/, ""));
        return [".tsx", ".ts"]
          .map((extension) => base + extension)
          .find((file) => existsSync(file));
      };
      const lazy = entries.filter(({ key }) => !eager.includes(key));
      richExports = [
        ...lazy.map(({ name }) => `export { ${name} } from ${JSON.stringify(sourceFile(name))};`),
        `export { richTemplatesCss } from ${JSON.stringify(join(dirname(id), "rich-templates-css.ts"))};`,
      ].join("\n");
      replaced = true;
      return [
        `import { lazyTemplate } from ${JSON.stringify(lazyTemplateModule)};`,
        ...entries
          .filter(({ key }) => eager.includes(key))
          .map(({ name }) => `import { ${name} } from ${JSON.stringify(from.get(name))};`),
        `const load = () => import(${JSON.stringify(chunkId)});`,
        "export const builtInTemplates = Object.freeze({",
        ...entries.map(({ key, name }) =>
          eager.includes(key)
            ? `  ${JSON.stringify(key)}: ${name},`
            : `  ${JSON.stringify(key)}: lazyTemplate(load, ${JSON.stringify(name)}),`,
        ),
        "});",
      ].join("\n");
    },
    buildEnd(error) {
      if (error === undefined && !replaced) {
        this.error(
          "@kore-chat/react's built-in-templates.ts was not found: update richTemplatesOnDemand()",
        );
      }
    },
  };
}
