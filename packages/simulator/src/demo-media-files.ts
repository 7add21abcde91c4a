import { Buffer } from "node:buffer";
import { demoMediaOrigin } from "./demo-templates.js";

/** A demo file the simulator serves itself, so the playground works with no internet. */
export interface DemoMediaFile {
  readonly contentType: string;
  readonly body: Uint8Array | string;
}

const palette = ["#2155cd", "#c2410c", "#15803d", "#7e22ce", "#be123c", "#0e7490"];

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A picture for an image name: a coloured card with its name on it (SVG, no script). */
function pictureFor(name: string): string {
  const seed = [...name].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  const colour = palette[seed % palette.length];
  const label = escapeXml(name.replace(/\.[a-z0-9]+$/i, "").replace(/[-_/]+/g, " "));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"><rect width="640" height="400" fill="${colour}"/><circle cx="520" cy="110" r="60" fill="#fff" fill-opacity="0.25"/><path d="M0 330 L180 200 L300 300 L420 220 L640 360 L640 400 L0 400 Z" fill="#fff" fill-opacity="0.3"/><text x="40" y="80" font-family="system-ui, sans-serif" font-size="40" font-weight="700" fill="#fff">${label}</text></svg>`;
}

/** Half a second of a soft 440 Hz tone, as a WAV file (8 kHz, 8-bit mono). */
function toneWav(): Uint8Array {
  const rate = 8000;
  const samples = rate / 2;
  const wav = Buffer.alloc(44 + samples);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples, 4);
  wav.write("WAVEfmt ", 8, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28);
  wav.writeUInt16LE(1, 32);
  wav.writeUInt16LE(8, 34);
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples, 40);
  for (let i = 0; i < samples; i += 1) {
    const fade = Math.min(1, i / 400, (samples - i) / 400);
    wav[44 + i] = 128 + Math.round(40 * fade * Math.sin((2 * Math.PI * 440 * i) / rate));
  }
  return wav;
}

/** A one-page PDF that says what it is. */
function demoPdf(): string {
  const text = "kore-chat demo report";
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}

/**
 * The demo file at `path` (below `demoMediaOrigin`): images as pictures, `.mp3` as a short
 * tone, `.pdf` as a one-page document, anything else (the demo's web links) as a small page.
 * Videos are not served (a player shows its empty state).
 *
 * @example
 * localDemoMedia("hats-1.jpg")?.contentType; // "image/svg+xml"
 */
export function localDemoMedia(path: string): DemoMediaFile | undefined {
  const name = path.replace(/^\/+/, "");
  if (/\.(png|jpe?g|gif|webp)$/i.test(name)) {
    return { contentType: "image/svg+xml", body: pictureFor(name) };
  }
  if (/\.mp3$/i.test(name)) return { contentType: "audio/wav", body: toneWav() };
  if (/\.pdf$/i.test(name)) return { contentType: "application/pdf", body: demoPdf() };
  if (/\.(mp4|mov|webm)$/i.test(name)) return undefined;
  return {
    contentType: "text/html; charset=utf-8",
    body: `<!doctype html><meta charset="utf-8"><title>kore-chat demo</title><h1>A demo link</h1><p>The demo bot linked to <code>${escapeXml(name || "/")}</code>. A real bot would link to its own site.</p>`,
  };
}

/**
 * The same value with every demo media URL pointing at `base` (the simulator's own
 * `/media/demo`), through the JSON text (so URLs inside JSON-string payloads move too).
 *
 * @example
 * withLocalDemoMedia({ url: `${demoMediaOrigin}/red.png` }, "http://127.0.0.1:4010/media/demo");
 */
export function withLocalDemoMedia<T>(value: T, base: string): T {
  const text = JSON.stringify(value);
  if (text === undefined || !text.includes(demoMediaOrigin)) return value;
  return JSON.parse(text.replaceAll(demoMediaOrigin, base.replace(/\/+$/, ""))) as T;
}
