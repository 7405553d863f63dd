-- CreateEnum
CREATE TYPE "BehaviourStatus" AS ENUM ('draft', 'proposed', 'approved', 'retired');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('higher', 'lower', 'band');

-- CreateEnum
CREATE TYPE "KpiHorizon" AS ENUM ('short', 'long');

-- CreateEnum
CREATE TYPE "KpiCategory" AS ENUM ('financial', 'operational', 'customer', 'employee');

-- CreateEnum
CREATE TYPE "InfluenceEffect" AS ENUM ('supports', 'obstructs');

-- CreateEnum
CREATE TYPE "StorySentiment" AS ENUM ('positive', 'negative');

-- CreateEnum
CREATE TYPE "StorySource" AS ENUM ('interview', 'complaint', 'ride_along', 'workshop');

-- CreateEnum
CREATE TYPE "ExposureKind" AS ENUM ('shift', 'listening', 'meeting');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('open', 'in_progress', 'done');

-- CreateTable
CREATE TABLE "Role" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "customerFacing" BOOLEAN NOT NULL,
    "headcount" INTEGER,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stage" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Stage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Touchpoint" (
    "roleId" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,

    CONSTRAINT "Touchpoint_pkey" PRIMARY KEY ("roleId","stageId")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Behaviour" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "why" TEXT,
    "evidence" TEXT,
    "status" "BehaviourStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Behaviour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BehaviourObjective" (
    "behaviourId" TEXT NOT NULL,
    "objectiveId" TEXT NOT NULL,

    CONSTRAINT "BehaviourObjective_pkey" PRIMARY KEY ("behaviourId","objectiveId")
);

-- CreateTable
CREATE TABLE "BehaviourVersion" (
    "id" TEXT NOT NULL,
    "behaviourId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "why" TEXT,
    "evidence" TEXT,
    "status" "BehaviourStatus" NOT NULL,
    "objectiveKeys" TEXT[],
    "comment" TEXT,
    "authorId" TEXT,
    "authorEmail" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BehaviourVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT,
    "unit" TEXT,
    "direction" "KpiDirection" NOT NULL,
    "departmentId" TEXT NOT NULL,
    "payLinked" BOOLEAN NOT NULL,
    "horizon" "KpiHorizon" NOT NULL,
    "category" "KpiCategory" NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiMeasuredRole" (
    "kpiId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,

    CONSTRAINT "KpiMeasuredRole_pkey" PRIMARY KEY ("kpiId","roleId")
);

-- CreateTable
CREATE TABLE "Process" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "Process_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "System" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "trainedShare" DOUBLE PRECISION,
    "peopleSpend" DOUBLE PRECISION,
    "technologySpend" DOUBLE PRECISION,

    CONSTRAINT "System_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Influence" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "behaviourId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "kpiId" TEXT,
    "processId" TEXT,
    "systemId" TEXT,
    "effect" "InfluenceEffect" NOT NULL,
    "strength" INTEGER NOT NULL,
    "why" TEXT,

    CONSTRAINT "Influence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "customer" TEXT NOT NULL,
    "narrative" TEXT NOT NULL,
    "stageId" TEXT,
    "sentiment" "StorySentiment" NOT NULL,
    "source" "StorySource" NOT NULL,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryRole" (
    "storyId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,

    CONSTRAINT "StoryRole_pkey" PRIMARY KEY ("storyId","roleId")
);

-- CreateTable
CREATE TABLE "Exposure" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "kind" "ExposureKind" NOT NULL,
    "date" DATE NOT NULL,
    "people" INTEGER,

    CONSTRAINT "Exposure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT,
    "due" DATE,
    "status" "ActionStatus" NOT NULL DEFAULT 'open',
    "finding" TEXT,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LexiconTerm" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "plainer" TEXT NOT NULL,
    "why" TEXT,

    CONSTRAINT "LexiconTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Role_departmentId_idx" ON "Role"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Role_organisationId_key_key" ON "Role"("organisationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Stage_organisationId_key_key" ON "Stage"("organisationId", "key");

-- CreateIndex
CREATE INDEX "Touchpoint_stageId_idx" ON "Touchpoint"("stageId");

-- CreateIndex
CREATE UNIQUE INDEX "Objective_organisationId_key_key" ON "Objective"("organisationId", "key");

-- CreateIndex
CREATE INDEX "Behaviour_roleId_stageId_idx" ON "Behaviour"("roleId", "stageId");

-- CreateIndex
CREATE UNIQUE INDEX "Behaviour_organisationId_key_key" ON "Behaviour"("organisationId", "key");

-- CreateIndex
CREATE INDEX "BehaviourObjective_objectiveId_idx" ON "BehaviourObjective"("objectiveId");

-- CreateIndex
CREATE UNIQUE INDEX "BehaviourVersion_behaviourId_version_key" ON "BehaviourVersion"("behaviourId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_organisationId_key_key" ON "Kpi"("organisationId", "key");

-- CreateIndex
CREATE INDEX "KpiMeasuredRole_roleId_idx" ON "KpiMeasuredRole"("roleId");

-- CreateIndex
CREATE UNIQUE INDEX "Process_organisationId_key_key" ON "Process"("organisationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "System_organisationId_key_key" ON "System"("organisationId", "key");

-- CreateIndex
CREATE INDEX "Influence_organisationId_idx" ON "Influence"("organisationId");

-- CreateIndex
CREATE INDEX "Influence_kpiId_idx" ON "Influence"("kpiId");

-- CreateIndex
CREATE INDEX "Influence_processId_idx" ON "Influence"("processId");

-- CreateIndex
CREATE INDEX "Influence_systemId_idx" ON "Influence"("systemId");

-- CreateIndex
CREATE UNIQUE INDEX "Influence_behaviourId_source_key" ON "Influence"("behaviourId", "source");

-- CreateIndex
CREATE UNIQUE INDEX "Story_organisationId_key_key" ON "Story"("organisationId", "key");

-- CreateIndex
CREATE INDEX "Exposure_organisationId_date_idx" ON "Exposure"("organisationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ActionItem_organisationId_key_key" ON "ActionItem"("organisationId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "LexiconTerm_organisationId_term_key" ON "LexiconTerm"("organisationId", "term");

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stage" ADD CONSTRAINT "Stage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Touchpoint" ADD CONSTRAINT "Touchpoint_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Behaviour" ADD CONSTRAINT "Behaviour_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Behaviour" ADD CONSTRAINT "Behaviour_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Behaviour" ADD CONSTRAINT "Behaviour_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourObjective" ADD CONSTRAINT "BehaviourObjective_behaviourId_fkey" FOREIGN KEY ("behaviourId") REFERENCES "Behaviour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourObjective" ADD CONSTRAINT "BehaviourObjective_objectiveId_fkey" FOREIGN KEY ("objectiveId") REFERENCES "Objective"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BehaviourVersion" ADD CONSTRAINT "BehaviourVersion_behaviourId_fkey" FOREIGN KEY ("behaviourId") REFERENCES "Behaviour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasuredRole" ADD CONSTRAINT "KpiMeasuredRole_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiMeasuredRole" ADD CONSTRAINT "KpiMeasuredRole_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Process" ADD CONSTRAINT "Process_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Process" ADD CONSTRAINT "Process_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "System" ADD CONSTRAINT "System_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Influence" ADD CONSTRAINT "Influence_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Influence" ADD CONSTRAINT "Influence_behaviourId_fkey" FOREIGN KEY ("behaviourId") REFERENCES "Behaviour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Influence" ADD CONSTRAINT "Influence_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Influence" ADD CONSTRAINT "Influence_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Influence" ADD CONSTRAINT "Influence_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "System"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "Stage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryRole" ADD CONSTRAINT "StoryRole_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryRole" ADD CONSTRAINT "StoryRole_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exposure" ADD CONSTRAINT "Exposure_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exposure" ADD CONSTRAINT "Exposure_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LexiconTerm" ADD CONSTRAINT "LexiconTerm_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
