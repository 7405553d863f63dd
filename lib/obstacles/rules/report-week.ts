/**
 * When a report was made, no finer than its week (README, "Anonymity of obstacle reports"): the Monday
 * (UTC) of the week, so a report's time cannot be matched to a sign-in, a request log or a meeting.
 */
export function weekOf(moment: Date): Date {
  const day = new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - sinceMonday);
  return day;
}
