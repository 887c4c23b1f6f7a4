/**
 * Escapes user text for mrkdwn so typed `<!channel>`, `<@U…>` or `<https://…|…>` cannot ping
 * anyone or disguise a link.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Cuts text to `limit` characters, marking the cut, so Block Kit length limits always hold. The cut
 * never splits an `&amp;`-style entity, a `<…>` link or mention, or a surrogate pair: half of one
 * would show as garbage or break the markup after it.
 */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit - 1);
  const entityStart = text.lastIndexOf('&', end - 1);
  if (entityStart >= 0 && end - entityStart < 5) {
    const entity = /^&(?:amp|lt|gt);/.exec(text.slice(entityStart, entityStart + 5));
    if (entity && entityStart + entity[0].length > end) end = entityStart;
  }
  const linkStart = text.lastIndexOf('<', end - 1);
  if (linkStart >= 0 && text.lastIndexOf('>', end - 1) < linkStart && text.indexOf('>', end) >= 0) {
    end = linkStart;
  }
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** User text for mrkdwn, escaped first and then cut to `limit`, so escaping cannot push it over. */
export function escapeTruncated(text: string, limit: number): string {
  return truncate(escapeMrkdwn(text), limit);
}

export function userMention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeMrkdwn(userId);
}
