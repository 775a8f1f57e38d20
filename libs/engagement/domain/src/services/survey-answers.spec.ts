import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';
import { SurveyQuestionKind } from '../entities';
import { answerRows } from './surveys.service';

const Q = (id: string, kind: SurveyQuestionKind, scale?: [number, number]) => ({ id, kind, scale_min: scale?.[0] ?? null, scale_max: scale?.[1] ?? null });
const questions = [
  Q('single', SurveyQuestionKind.SINGLE_CHOICE),
  Q('multiple', SurveyQuestionKind.MULTIPLE_CHOICE),
  Q('scale', SurveyQuestionKind.SCALE, [1, 5]),
  Q('text', SurveyQuestionKind.FREE_TEXT),
  Q('matrix', SurveyQuestionKind.MATRIX, [1, 4]),
];
const options = [
  { id: 's1', question_id: 'single', is_other: false },
  { id: 's2', question_id: 'single', is_other: false },
  { id: 'm1', question_id: 'multiple', is_other: false },
  { id: 'm-other', question_id: 'multiple', is_other: true },
  { id: 'x1', question_id: 'matrix', is_other: false },
  { id: 'x2', question_id: 'matrix', is_other: false },
];

function issuesOf(run: () => unknown): Array<{ field: string[]; code: string }> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationFailedError) return error.issues.map(({ field, code }) => ({ field, code }));
    throw error;
  }
  return [];
}

describe('answerRows', () => {
  it('turns answers of every kind into rows, the "other" text on its option', () => {
    const rows = answerRows(
      [
        { questionId: 'single', optionIds: ['s2'] },
        { questionId: 'multiple', optionIds: ['m1', 'm-other'], otherText: ' 会場費 ' },
        { questionId: 'scale', scaleValue: 4 },
        { questionId: 'text', text: 'ご意見' },
        { questionId: 'matrix', matrix: [{ optionId: 'x1', scaleValue: 2 }, { optionId: 'x2', scaleValue: 4 }] },
      ],
      questions,
      options,
    );
    expect(rows).toEqual([
      { questionId: 'single', optionId: 's2', scaleValue: null, text: null },
      { questionId: 'multiple', optionId: 'm1', scaleValue: null, text: null },
      { questionId: 'multiple', optionId: 'm-other', scaleValue: null, text: '会場費' },
      { questionId: 'scale', optionId: null, scaleValue: 4, text: null },
      { questionId: 'text', optionId: null, scaleValue: null, text: 'ご意見' },
      { questionId: 'matrix', optionId: 'x1', scaleValue: 2, text: null },
      { questionId: 'matrix', optionId: 'x2', scaleValue: 4, text: null },
    ]);
  });

  it('reports every problem at once, by answer', () => {
    expect(
      issuesOf(() =>
        answerRows(
          [
            { questionId: 'single', optionIds: ['s1', 's2'] },
            { questionId: 'multiple', optionIds: ['m-other'] },
            { questionId: 'scale', scaleValue: 6 },
            { questionId: 'text', text: '  ' },
            { questionId: 'matrix', matrix: [{ optionId: 's1', scaleValue: 2 }] },
            { questionId: 'unknown' },
            { questionId: 'scale', scaleValue: 3 },
          ],
          questions,
          options,
        ),
      ),
    ).toEqual([
      { field: ['answers', '0', 'optionIds'], code: 'SINGLE_CHOICE' },
      { field: ['answers', '1', 'otherText'], code: 'REQUIRED' },
      { field: ['answers', '2', 'scaleValue'], code: 'OUT_OF_RANGE' },
      { field: ['answers', '3', 'text'], code: 'REQUIRED' },
      { field: ['answers', '4', 'matrix'], code: 'UNKNOWN_OPTION' },
      { field: ['answers', '5', 'questionId'], code: 'UNKNOWN_QUESTION' },
      { field: ['answers', '6', 'questionId'], code: 'DUPLICATE' },
    ]);
  });
});
