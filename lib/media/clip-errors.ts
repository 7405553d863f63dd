import { AppError } from "@/lib/errors";

/** A clip over the configured size (MEDIA_MAX_BYTES), with both sizes in words. */
export class ClipTooLargeError extends AppError {
  constructor(detail: string) {
    super(413, "Clip too large", detail, "clip");
  }
}
