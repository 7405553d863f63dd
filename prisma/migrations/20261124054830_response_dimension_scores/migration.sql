-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "personalScore" DOUBLE PRECISION,
ADD COLUMN     "possibleScore" DOUBLE PRECISION,
ADD COLUMN     "practicalScore" DOUBLE PRECISION;

-- Backfill: each stored response's mean recoded answer per dimension ("don't know" does not count).
UPDATE "Response" r SET
  "practicalScore" = s."practical", "personalScore" = s."personal", "possibleScore" = s."possible"
FROM (
  SELECT a."responseId",
    avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END) FILTER (WHERE i."dimension" = 'practical') AS "practical",
    avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END) FILTER (WHERE i."dimension" = 'personal') AS "personal",
    avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END) FILTER (WHERE i."dimension" = 'possible') AS "possible"
  FROM "Answer" a JOIN "InstrumentItem" i ON i."id" = a."itemId"
  WHERE a."value" BETWEEN 1 AND 5
  GROUP BY a."responseId"
) s
WHERE r."id" = s."responseId";
