import type { FieldProblem } from '../../domain/inputError';
import { type SlackMessage, section } from './message';
import { echoBlockText, escapeMrkdwn, truncate } from './text';

/** A rejected quick command: every problem with its field and a correct example, then the text echoed back. */
export function buildRejectedCommandMessage(
  title: string,
  problems: FieldProblem[],
  command: string,
  typedText: string,
): SlackMessage {
  const lines = problems.map((each) => {
    const example = each.example ? ` — for example \`${escapeMrkdwn(each.example)}\`` : '';
    return `• *${escapeMrkdwn(each.field)}*: ${escapeMrkdwn(each.message)}${example}`;
  });
  return {
    text: escapeMrkdwn(
      truncate(`${title}: ${problems.map((each) => `${each.field}: ${each.message}`).join('; ')}`, 3000),
    ),
    blocks: [
      section(`:warning: *${escapeMrkdwn(title)}*\n${lines.join('\n')}`),
      section(echoBlockText(command, typedText)),
    ],
  };
}
