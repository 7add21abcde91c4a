import type {
  AttachmentKind,
  AttachmentRejection,
  KoreClient,
  KoreTransportError,
  UploadedFile,
} from "@kore-chat/transport";
import { attachmentKindOf } from "@kore-chat/transport";

/**
 * A file the user attached in the composer, before the message is sent: uploading (with its
 * progress), uploaded (ready to go), or failed (to be removed, or attached again).
 */
export interface AttachmentDraft {
  readonly id: string;
  /** The file itself, for a preview (a UI makes and revokes its object URL). */
  readonly file: Blob;
  /** As the user's system named it: untrusted text. */
  readonly fileName: string;
  readonly fileType: AttachmentKind;
  readonly size: number;
  readonly sentBytes: number;
  readonly status: "uploading" | "uploaded" | "failed";
  readonly uploaded?: UploadedFile | undefined;
  readonly error?: KoreTransportError | undefined;
}

/** The composer's attachments and the files it refused at the last attempt. */
export interface AttachmentsState {
  readonly drafts: readonly AttachmentDraft[];
  readonly rejections: readonly AttachmentRejection[];
}

export const noAttachments: AttachmentsState = { drafts: [], rejections: [] };

/** A file as a browser (or a test) hands it over: a `File`, or a `Blob` with a name. */
export type AttachableFile = Blob & { readonly name: string };

export type AttachmentsAction =
  | {
      readonly type: "attachments_added";
      readonly drafts: readonly AttachmentDraft[];
      readonly rejections: readonly AttachmentRejection[];
    }
  | { readonly type: "attachment_progress"; readonly id: string; readonly sentBytes: number }
  | { readonly type: "attachment_uploaded"; readonly id: string; readonly uploaded: UploadedFile }
  | { readonly type: "attachment_failed"; readonly id: string; readonly error: KoreTransportError }
  | { readonly type: "attachment_removed"; readonly id: string }
  | { readonly type: "attachment_rejections_dismissed" }
  | { readonly type: "attachments_sent" };

function updateDraft(
  state: AttachmentsState,
  id: string,
  change: (draft: AttachmentDraft) => AttachmentDraft,
): AttachmentsState {
  const index = state.drafts.findIndex((draft) => draft.id === id);
  const draft = state.drafts[index];
  if (draft === undefined) return state;
  const drafts = [...state.drafts];
  drafts[index] = change(draft);
  return { ...state, drafts };
}

/** The composer attachments' part of the chat reducer. */
export function attachmentsReducer(
  state: AttachmentsState,
  action: AttachmentsAction,
): AttachmentsState {
  switch (action.type) {
    case "attachments_added":
      return { drafts: [...state.drafts, ...action.drafts], rejections: action.rejections };
    case "attachment_progress":
      return updateDraft(state, action.id, (draft) =>
        draft.status === "uploading" ? { ...draft, sentBytes: action.sentBytes } : draft,
      );
    case "attachment_uploaded":
      return updateDraft(state, action.id, (draft) => ({
        ...draft,
        status: "uploaded",
        sentBytes: draft.size,
        uploaded: action.uploaded,
      }));
    case "attachment_failed":
      return updateDraft(state, action.id, (draft) => ({
        ...draft,
        status: "failed",
        error: action.error,
      }));
    case "attachment_removed":
      return state.drafts.some((draft) => draft.id === action.id)
        ? { ...state, drafts: state.drafts.filter((draft) => draft.id !== action.id) }
        : state;
    case "attachment_rejections_dismissed":
      return state.rejections.length === 0 ? state : { ...state, rejections: [] };
    case "attachments_sent":
      return noAttachments;
    default:
      return action satisfies never;
  }
}

/** Whether a message may be sent with the drafts: each one uploaded. */
export function attachmentsReady(state: AttachmentsState): boolean {
  return state.drafts.every((draft) => draft.status === "uploaded");
}

/**
 * Starts and cancels the uploads of the composer's attachments; their state goes through
 * `dispatch`. Uploads are HTTP: a socket reconnecting does not stop them.
 *
 * @example
 * const uploads = createAttachmentUploads({ client, dispatch, drafts: () => state.attachments.drafts });
 * uploads.attach(input.files);
 */
export function createAttachmentUploads(options: {
  readonly client: KoreClient;
  readonly dispatch: (action: AttachmentsAction) => void;
  readonly drafts: () => readonly AttachmentDraft[];
}) {
  const running = new Map<string, AbortController>();
  let nextId = 0;

  function start(draft: AttachmentDraft) {
    const controller = new AbortController();
    running.set(draft.id, controller);
    options.client
      .upload(draft.file, {
        fileName: draft.fileName,
        signal: controller.signal,
        onProgress: ({ sentBytes }) => {
          if (!controller.signal.aborted) {
            options.dispatch({ type: "attachment_progress", id: draft.id, sentBytes });
          }
        },
      })
      .then(
        (uploaded) => {
          if (!controller.signal.aborted) {
            options.dispatch({ type: "attachment_uploaded", id: draft.id, uploaded });
          }
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          options.dispatch({
            type: "attachment_failed",
            id: draft.id,
            error: error as KoreTransportError,
          });
        },
      )
      .finally(() => {
        if (running.get(draft.id) === controller) running.delete(draft.id);
      });
  }

  return {
    attach(files: Iterable<AttachableFile>) {
      const { accepted, rejected } = options.client.checkFiles(
        [...files].map((file) => ({ name: file.name, size: file.size, file })),
        options.drafts().length,
      );
      const drafts = accepted.map(
        ({ name, size, file }): AttachmentDraft => ({
          id: `attachment-${++nextId}`,
          file,
          fileName: name,
          fileType: attachmentKindOf(name),
          size,
          sentBytes: 0,
          status: "uploading",
        }),
      );
      options.dispatch({ type: "attachments_added", drafts, rejections: rejected });
      for (const draft of drafts) start(draft);
    },
    remove(id: string) {
      running.get(id)?.abort();
      running.delete(id);
      options.dispatch({ type: "attachment_removed", id });
    },
    dispose() {
      for (const controller of running.values()) controller.abort();
      running.clear();
    },
  };
}
