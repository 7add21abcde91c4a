import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, mountEmbed } from "./app.js";

const root = document.getElementById("root");
if (root === null) throw new Error("no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// The embed's ES module is bundled too (behind a condition the build cannot see through).
if (location.hash === "#embed") mountEmbed().open();
