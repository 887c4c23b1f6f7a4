import type { Translator } from '../i18n/translation';

/**
 * Escapes user text for mrkdwn so typed `<!channel>`, `<@U…>` or `<https://…|…>` cannot ping
 * anyone or disguise a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `limit` characters, marking the cut, so Block Kit length limits always hold. */
export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, Math.max(0, limit - 1))}…`;
}

/** Shows what the user typed in a code block they can copy, fix and send again. */
export function echoBlockText(t: Translator, command: string, text: string): string {
  const typed = `${command} ${text}`.trim().replace(/```/g, "'''");
  return `${t.t('failures.echo')}\n\`\`\`${escapeMrkdwn(truncate(typed, 2800))}\`\`\``;
}

export function userMention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}
