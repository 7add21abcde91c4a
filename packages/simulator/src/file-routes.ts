import { Hono } from "hono";
import { fileHeaders } from "./file-headers.js";
import { errorResponse } from "./http-responses.js";
import type { UploadStore } from "./upload-store.js";

/**
 * `GET /:fileId/:name`, mounted at `/__files`: the bytes of a stored file. No auth: like a
 * platform's signed URL, the URL (its random file id) is the capability. The headers follow the
 * stored name, not the `:name` in the URL.
 *
 * @example
 * http.route("/__files", createFileRoutes(uploads));
 */
export function createFileRoutes(uploads: UploadStore): Hono {
  const routes = new Hono();
  routes.get("/:fileId/:name", (c) => {
    const file = uploads.file(c.req.param("fileId"));
    if (file === undefined) return errorResponse(404, "File not found");
    return new Response(new Blob([file.bytes as Uint8Array<ArrayBuffer>]), {
      status: 200,
      headers: {
        ...fileHeaders(file.fileName, file.fileExtension),
        "content-length": String(file.size),
      },
    });
  });
  return routes;
}
