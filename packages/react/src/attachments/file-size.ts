import { numberFormat } from "../templates/intl-format.js";

const units = ["kilobyte", "megabyte", "gigabyte"] as const;

/**
 * A file size for people, in the widget's locale (`Intl` units, binary steps so the platform's
 * 25 MiB limit reads "25 MB").
 *
 * @example
 * formatFileSize(76, "en"); // "0.1 kB"
 * formatFileSize(1536, "en"); // "1.5 kB"
 * formatFileSize(26_214_400, "de"); // "25 MB"
 */
export function formatFileSize(bytes: number, locale: string): string {
  // From kB up, as file pickers show them: "0.1 kB" rather than "76 byte".
  let value = (Number.isFinite(bytes) && bytes > 0 ? bytes : 0) / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return numberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
