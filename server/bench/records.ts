import { isShown, QUESTIONS } from '../../lib/survey/questionnaire';
import type { RandomSource } from '../../lib/survey/random';
import { buildRecords, type DeviceAnswers, giveAnswer } from '../../lib/survey/record';

/**
 * A participant's records with random answers, made the way the survey makes them: skip rules,
 * randomized response on the device, and a follow-up record whenever the security question was answered.
 */
export function randomParticipant(campaign: string, random: RandomSource = Math.random) {
  let answers = { adult: 'yes' } as DeviceAnswers;
  for (const question of QUESTIONS) {
    if (question.id === 'adult' || !isShown(question.id, answers) || random() < 0.15) continue;
    const codes = question.choices.map((choice) => choice.code);
    const exclusive = question.choices.filter((choice) => choice.exclusive).map((choice) => choice.code);
    let answer: string | string[] = codes[Math.floor(random() * codes.length)] as string;
    if (question.kind === 'multi') {
      const some = codes.filter((code) => !exclusive.includes(code) && random() < 0.35);
      answer = some.length > 0 && !exclusive.includes(answer) ? some : [answer];
    }
    answers = giveAnswer(answers, question.id, answer as never, random);
  }
  const built = buildRecords({ campaign, answers });
  if (!built.ok) throw new Error(built.message);
  return built;
}
