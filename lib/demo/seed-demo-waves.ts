/**
 * The demo's diagnostic: two closed waves and one open wave of generated respondents with realistic
 * patterns — leaders rosier than the frontline, Possible lowest, a small improvement between waves, a
 * department too small to show, and one under 60 % participation.
 */
import { randomUUID } from "node:crypto";
import { insertAnswers } from "@/lib/diagnostic/insert-answers";
import type { Db } from "@/lib/db/types";
import { DEFAULT_INSTRUMENT } from "@/lib/diagnostic/default-instrument";
import type { Level } from "@/lib/diagnostic/scoring";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { addInstrument, createWave, openWave } from "@/lib/diagnostic/waves/manage-waves";
import type { OrgAccess } from "@/lib/organisations/access";

const DEPARTMENTS = [
  { key: "contact", invited: 60, answered: 48 },
  { key: "claims", invited: 40, answered: 31 },
  { key: "billing", invited: 20, answered: 11 },
  { key: "logistics", invited: 15, answered: 10 },
  { key: "marketing", invited: 12, answered: 9 },
  { key: "it", invited: 5, answered: 3 },
];
const BASE = { practical: 3.3, personal: 3.0, possible: 2.6 } as const;
const LEVEL_LIFT: Record<Level, number> = { leader: 0.9, manager: 0.35, frontline: 0 };

function random(seed: number) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

async function fillWave(access: OrgAccess, waveId: string, seed: number, improvement: number, share: number) {
  const { db } = access;
  const rnd = random(seed);
  const items = await db.instrumentItem.findMany({ where: { instrument: { waves: { some: { id: waveId } } } } });
  const responses: { id: string; department: string; level: Level }[] = [];
  const invitations: { tokenHash: string; department: string; submitted: boolean }[] = [];
  for (const department of DEPARTMENTS) {
    const answered = Math.round(department.answered * share);
    for (let i = 0; i < department.invited; i++) {
      invitations.push({ tokenHash: newSurveyToken().tokenHash, department: department.key, submitted: i < answered });
      if (i >= answered) continue;
      const roll = rnd();
      responses.push({ id: randomUUID(), department: department.key, level: roll < 0.1 ? "leader" : roll < 0.3 ? "manager" : "frontline" });
    }
  }
  const answers = responses.flatMap((response) =>
    items.flatMap((item) => {
      const roll = rnd();
      if (roll < 0.04) return [];
      if (roll < 0.08) return [{ responseId: response.id, itemId: item.id, value: null as number | null }];
      const agreement = BASE[item.dimension] + LEVEL_LIFT[response.level] + improvement + (rnd() - 0.5) * 2.2;
      const value = Math.min(5, Math.max(1, Math.round(agreement)));
      return [{ responseId: response.id, itemId: item.id, value: item.reversed ? 6 - value : value }];
    }),
  );
  await db.$transaction(async (tx) => {
    await tx.waveInvitation.createMany({ data: invitations.map((i) => ({ waveId, ...i })) });
    await tx.response.createMany({ data: responses.map((r) => ({ id: r.id, waveId, department: r.department, level: r.level, comments: rnd() < 0.5 ? { possible: "Average handle time makes us rush people off the phone." } : {} })) });
    await insertAnswers(tx, answers);
  });
}

export async function seedDemoWaves(access: OrgAccess): Promise<void> {
  const { id: instrumentId } = await addInstrument(access, DEFAULT_INSTRUMENT);
  const waves = [
    { name: "Spring 2026", seed: 11, improvement: 0, share: 1, close: true },
    { name: "Autumn 2026", seed: 12, improvement: 0.15, share: 1, close: true },
    { name: "Spring 2027", seed: 13, improvement: 0.25, share: 0.4, close: false },
  ];
  for (const wave of waves) {
    const { id } = await createWave(access, { name: wave.name, instrumentId, k: 5 });
    await openWave(access, id);
    await fillWave(access, id, wave.seed, wave.improvement, wave.share);
    if (wave.close) await access.db.wave.update({ where: { id }, data: { status: "closed", closesAt: new Date() } });
  }
}
