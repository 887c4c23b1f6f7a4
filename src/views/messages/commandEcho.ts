import { typedText } from '../../domain/quickText';
import type { Translator } from '../../i18n/translation';
import { escapeTruncated } from '../../blockKit/text';

/** Shows what the user typed (Slack's escaping undone) in a code block they can copy, fix and send again. */
export function echoBlockText(t: Translator, command: string, text: string): string {
  return `${t.t('failures.echo')}\n${quotedCommand(command, text)}`;
}

/** A command as it was typed, in a code block. */
export function quotedCommand(command: string, text: string): string {
  const typed = `${command} ${typedText(text)}`.trim().replace(/```/g, "'''");
  return `\`\`\`${escapeTruncated(typed, 2800)}\`\`\``;
}
