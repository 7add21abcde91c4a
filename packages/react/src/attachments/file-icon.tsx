import type { AttachmentKind } from "@kore-chat/transport";

const paths: Record<AttachmentKind, string> = {
  image: "M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9.5a1.5 1.5 0 1 0 0-.01",
  audio: "M9 18V6l11-2v12M9 18a3 3 0 1 1-3-3 3 3 0 0 1 3 3zm11-2a3 3 0 1 1-3-3 3 3 0 0 1 3 3z",
  video: "M3 6h12v12H3zM15 10l6-3v10l-6-3",
  attachment: "M6 2h8l5 5v15H6zM14 2v5h5M9 13h7M9 17h7",
};

/** A file kind's icon (decorative: the file's name is next to it). */
export function FileIcon({ kind }: { readonly kind: AttachmentKind }) {
  return (
    <svg
      className="kc-file-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={paths[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}
