/** How long a survey takes, as the respondent screens and the poster promise it: about twenty seconds a statement. */
export const minutesToAnswer = (statements: number) => Math.max(1, Math.ceil((statements * 20) / 60));
