-- An organisation's KPIs have different names, ignoring case and surrounding spaces: a second "average handle
-- time" next to "Average handle time" would leave every list, chart and finding unable to say which one.
-- Prisma's schema cannot state an index on an expression, so it lives here only.

-- KPIs already named alike (before this rule) keep their first name; the others get " (2)", " (3)"… added.
UPDATE "Kpi" AS k
SET "name" = btrim(k."name") || ' (' || alike.n || ')'
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "organisationId", lower(btrim("name")) ORDER BY "key") AS n
  FROM "Kpi"
) AS alike
WHERE k."id" = alike."id" AND alike.n > 1;

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_organisationId_name_key" ON "Kpi"("organisationId", lower(btrim("name")));
