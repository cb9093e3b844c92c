/** The shape an activity must have before the adapter sees it; anything else is a 400. */
import { z } from 'zod';

const MAX_TEXT = 10_000;

export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().url().max(2048),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    from: z.object({ id: z.string().min(1).max(1024) }).passthrough().optional(),
    recipient: z.object({ id: z.string().max(1024) }).passthrough().optional(),
    text: z.string().max(MAX_TEXT, `text longer than ${MAX_TEXT} characters`).optional(),
  })
  .passthrough();

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

export function describeActivityProblems(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
