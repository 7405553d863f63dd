/** The largest model file the app accepts (a 20,000-behaviour model is about 17 MB). */
export const MAX_MODEL_FILE_BYTES = 50 * 1024 * 1024;
