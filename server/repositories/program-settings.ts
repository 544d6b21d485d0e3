// The program's rules (ProgramSettings) as the server reads them from the programs table.
import { eq } from 'drizzle-orm';
import { DEFAULT_PROGRAM_SETTINGS, type ProgramSettings } from '../../src/contract/index.js';
import type { Tx } from '../db/connection.js';
import { programs } from '../db/schema.js';

export async function programSettings(
  tx: Tx,
  programId: string,
  requestExpiryDays: number,
): Promise<ProgramSettings> {
  const [row] = await tx
    .select({
      maxActiveMentorshipsPerMentee: programs.maxActiveMentorshipsPerMentee,
      mentorCapacityMax: programs.mentorCapacityMax,
      goalsNeedMentorConfirmation: programs.goalsNeedMentorConfirmation,
    })
    .from(programs)
    .where(eq(programs.id, programId))
    .limit(1);
  return { ...DEFAULT_PROGRAM_SETTINGS, ...row, requestExpiryDays };
}
