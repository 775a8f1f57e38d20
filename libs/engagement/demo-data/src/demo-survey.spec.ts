import { describe, expect, it } from 'vitest';
import { SurveyQuestionKind } from '@tsunagaru/engagement-domain';
import { buildDemoCurrentYear } from './demo-current-year';
import { buildDemoSurvey, DEMO_SURVEY_RESPONDENTS } from './demo-survey';

describe('the September 2019 survey', () => {
  const demo = buildDemoSurvey();
  const countOf = (optionId: string) => new Set(demo.answers.filter((answer) => answer.optionId === optionId).map((answer) => answer.responseId)).size;

  it('has 103 distinct responding groups, each with a profile snapshot', () => {
    expect(demo.responses).toHaveLength(DEMO_SURVEY_RESPONDENTS);
    expect(new Set(demo.responses.map((response) => response.groupId)).size).toBe(103);
    for (const response of demo.responses) expect(response.activityField && response.organizationType && response.district).toBeTruthy();
  });

  it('keeps the guideline order of the challenges, most frequent first, and over half willing to collaborate', () => {
    const challenges = demo.questions.find((question) => question.prompt.includes('継続していく上での課題'))!;
    const options = demo.options.filter((option) => option.questionId === challenges.id).sort((a, b) => a.position - b.position);
    const counts = options.slice(0, 7).map((option) => countOf(option.id));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(options[7].isOther).toBe(true);
    const willingness = demo.questions.find((question) => question.kind === SurveyQuestionKind.SINGLE_CHOICE)!;
    const [eager, depends] = demo.options.filter((option) => option.questionId === willingness.id).sort((a, b) => a.position - b.position);
    expect(countOf(eager.id) + countOf(depends.id)).toBeGreaterThan(103 / 2);
    expect(demo.survey.description).toMatch(/illustrative/);
  });

  it('answers every question of every kind, and "other" always with its text', () => {
    expect(new Set(demo.questions.map((question) => question.kind))).toEqual(new Set(Object.values(SurveyQuestionKind)));
    const otherIds = new Set(demo.options.filter((option) => option.isOther).map((option) => option.id));
    for (const answer of demo.answers.filter((candidate) => candidate.optionId && otherIds.has(candidate.optionId))) expect(answer.text).toBeTruthy();
  });
});

describe('this year around the seed day', () => {
  it('dates sessions before and after today, with one full session and a waitlist', () => {
    const now = new Date('2026-11-28T03:00:00Z');
    const demo = buildDemoCurrentYear(now);
    expect(demo.sessions.some((session) => session.startsAt < now)).toBe(true);
    expect(demo.sessions.some((session) => session.startsAt > now)).toBe(true);
    expect(demo.enrollments.some((enrollment) => enrollment.status === 'WAITLISTED')).toBe(true);
    const keys = demo.enrollments.map((enrollment) => `${enrollment.sessionId}:${enrollment.personSubject}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const enrollment of demo.enrollments) if (enrollment.attended !== null) expect(demo.sessions.find((s) => s.id === enrollment.sessionId)!.startsAt < now).toBe(true);
  });
});
