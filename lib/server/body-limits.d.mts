export const DEFAULT_BODY_LIMIT: number;
export const CLIP_UPLOAD_LIMIT: number;
export function bodyLimitFor(method: string | undefined, pathname: string): number;
export function describeBytes(bytes: number): string;
