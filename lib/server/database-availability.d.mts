export const DATABASE_RETRY_AFTER_SECONDS: number;
export function setDatabaseUnavailable(unavailable: boolean): void;
export function isDatabaseUnavailable(): boolean;
