/** How the ask command prints an answer: for reading, or as the JSON the evaluation reads. */
import type { Answer } from '../answering/index.js';

export function toJsonOutput(answer: Answer) {
  return {
    answered: answer.answered,
    answer: answer.text,
    citations: answer.citations.map((c) => ({
      title: c.title,
      document: c.document,
      section: c.section,
      page: c.page ?? null,
      lines: c.lines,
    })),
  };
}

export function formatForReading(answer: Answer): string {
  const lines = [answer.text];
  if (answer.citations.length > 0) {
    lines.push('', answer.language === 'en' ? 'Sources:' : 'Källor:');
    for (const c of answer.citations) {
      const page = c.page !== undefined ? (answer.language === 'en' ? `, page ${c.page}` : `, s. ${c.page}`) : '';
      const section = c.section ? ` – ${c.section}` : '';
      lines.push(`- ${c.title}${section} (${c.document}${page}, ${answer.language === 'en' ? 'lines' : 'rad'} ${c.lines})`);
    }
  }
  if (answer.followUps.length > 0) {
    lines.push('', answer.language === 'en' ? 'You could also ask:' : 'Du kan också fråga:');
    for (const f of answer.followUps) lines.push(`- ${f}`);
  }
  return lines.join('\n');
}
