/**
 * Input schemas for values a PostgreSQL column must hold: an integer beyond `integer`'s range or a date
 * in year 0000 is refused as a 400 naming its field, instead of failing in the database.
 */
import { z } from "zod";

export const PG_INT_MAX = 2_147_483_647;
export const PG_INT_MIN = -2_147_483_648;

/** A whole number that fits PostgreSQL's `integer`; narrow it further with .min/.max. */
export const pgInt = (message = "a whole number") =>
  z.number().int(message).min(PG_INT_MIN, `at least ${PG_INT_MIN}`).max(PG_INT_MAX, `at most ${PG_INT_MAX}`);

/** Dates the app has any use for; anything outside is a typo or an attack, not a plan. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

const sensibleYear = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/** A calendar day as YYYY-MM-DD, in a year from FIRST_YEAR to LAST_YEAR. */
export const calendarDay = (message = "A date (YYYY-MM-DD)") =>
  z.iso.date({ message }).refine(sensibleYear, { message: `${message} in a year from ${FIRST_YEAR} to ${LAST_YEAR}` });

/** An ISO date-time, in a year from FIRST_YEAR to LAST_YEAR. */
export const calendarDateTime = (message = "An ISO date-time") =>
  z.iso
    .datetime({ message, offset: true })
    .refine(sensibleYear, { message: `${message} in a year from ${FIRST_YEAR} to ${LAST_YEAR}` });
