import { describe, expect, it } from 'vitest';
import { findQuestion, GROUP_KEYS } from '../../../lib/survey/questionnaire';
import { STUDY_2024 } from '../../../lib/survey/study2024';

describe("the 2024 study's figures", () => {
  it('name only indicators, groups and codes the questionnaire has', () => {
    const wrong: string[] = [];
    for (const [id, entry] of Object.entries(STUDY_2024.indicators)) {
      const question = findQuestion(id);
      if (!question || question.sentIn === 'never' || question.sentIn === 'profile') wrong.push(id);
      for (const { group, code, percent } of entry.figures) {
        if (!GROUP_KEYS.includes(group)) wrong.push(`${id} group ${group}`);
        if (!question?.choices.some((choice) => choice.code === code)) wrong.push(`${id} code ${code}`);
        if (!(percent >= 0 && percent <= 100)) wrong.push(`${id} ${percent}%`);
      }
      if (entry.figures.length === 0 && !entry.note) wrong.push(`${id} has neither figures nor words`);
    }
    expect(wrong).toEqual([]);
  });
});
