/** Card submissions of the answer card: feedback on an answer. */
import { z } from 'zod';

export const answerFeedbackSchema = z.object({
  verb: z.literal('answer.feedback').optional(),
  reaction: z.enum(['like', 'dislike']),
  question: z.string().max(2000),
  answer: z.string().max(4000),
  strategy: z.string().max(64).optional(),
  sources: z.array(z.string().max(300)).max(10).default([]),
});

export type AnswerFeedback = z.infer<typeof answerFeedbackSchema>;
