import type { Decorator, Preview } from "@storybook/react-vite";
import { templatesCss } from "../packages/react/src/templates/templates-css.js";
import { koreChatCss } from "../packages/react/src/theme/kore-chat-css.js";

// Only the canvas around a story: a padded, themed surface and a fixed-size frame for
// the scrolling list. The widget's own look comes from koreChatCss + templatesCss.
const storyCss = `
body { margin: 0; }
.kc-story-root {
  min-block-size: 100vh;
  padding: 16px;
  background: var(--kc-bg);
  color: var(--kc-text);
  font-family: var(--kc-font);
  font-size: var(--kc-font-size);
}
.kc-story-column { max-inline-size: 420px; display: flex; flex-direction: column; gap: 8px; }
.kc-story-frame {
  display: flex;
  flex-direction: column;
  block-size: 520px;
  max-inline-size: 420px;
  border: 1px solid var(--kc-border);
  border-radius: var(--kc-radius);
  overflow: hidden;
}
`;

// Constructable stylesheet, as the embed does in its shadow root: no inline styles (CSP).
// One sheet per document, replaced (not added again) when this module hot-reloads.
const holder = globalThis as { koreChatStorySheet?: CSSStyleSheet };
const sheet = holder.koreChatStorySheet ?? new CSSStyleSheet();
sheet.replaceSync(`${koreChatCss}\n${templatesCss}\n${storyCss}`);
if (holder.koreChatStorySheet === undefined) {
  holder.koreChatStorySheet = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const withKoreChatRoot: Decorator = (Story, context) => {
  const direction = context.globals.direction === "rtl" ? "rtl" : "ltr";
  return (
    <main>
      <div className="kc-root kc-story-root" dir={direction}>
        <Story />
      </div>
    </main>
  );
};

const preview: Preview = {
  decorators: [withKoreChatRoot],
  // Dark mode follows `prefers-color-scheme` only (kore-chat-css.ts), so there is no
  // theme toggle: emulate the media feature in the browser's dev tools to see it.
  globalTypes: {
    direction: {
      description: "Text direction of the widget root",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { direction: "ltr" },
  parameters: {
    layout: "fullscreen",
    controls: { matchers: { date: /At$/ } },
  },
};

export default preview;
