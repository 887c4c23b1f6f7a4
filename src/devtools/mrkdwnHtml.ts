/** Slack mrkdwn as HTML for the demo page: links, mentions, code, bold, italics, strike, line breaks. */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text that Slack already escaped (&amp; &lt; &gt;) keeps its entities; anything else is escaped. */
function escapeSlackText(text: string): string {
  return text
    .replace(/&(?!(amp|lt|gt);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function inline(text: string, names: Record<string, string>): string {
  const parts = text.split(/(<[^<>\s][^<>]*>)/g);
  return parts
    .map((part) => {
      const special = /^<([^|>]+)(?:\|([^>]*))?>$/.exec(part);
      if (!special?.[1]) return formatEmphasis(escapeSlackText(part));
      const target = special[1];
      const label = special[2];
      if (target.startsWith('@'))
        return `<span class="mention">@${escapeHtml(names[target.slice(1)] ?? target.slice(1))}</span>`;
      if (target.startsWith('#'))
        return `<span class="mention">#${escapeHtml(names[target.slice(1)] ?? label ?? target.slice(1))}</span>`;
      if (target.startsWith('!'))
        return `<span class="mention">@${escapeHtml(label ?? target.slice(1))}</span>`;
      return `<a href="${escapeHtml(target)}">${formatEmphasis(escapeSlackText(label ?? target))}</a>`;
    })
    .join('');
}

function formatEmphasis(html: string): string {
  return html
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(“"])\*([^*\n]+)\*(?=$|[\s).,:;!?”"])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(“"])_([^_\n]+)_(?=$|[\s).,:;!?”"])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/g, '$1<s>$2</s>')
    .replace(/:([a-z0-9_+-]+):/g, (_match, name: string) => EMOJI[name] ?? `:${name}:`);
}

const EMOJI: Record<string, string> = {
  bar_chart: '📊',
  warning: '⚠️',
  bulb: '💡',
  star: '⭐',
  no_entry_sign: '🚫',
  x: '❌',
  package: '📦',
  busts_in_silhouette: '👥',
  mag: '🔍',
  pencil2: '✏️',
  white_check_mark: '✅',
  information_source: 'ℹ️',
  eyes: '👀',
  clipboard: '📋',
  calendar: '📅',
};

/** Converts one mrkdwn text: code blocks are kept verbatim, the rest formatted line by line. */
export function mrkdwnToHtml(text: string, names: Record<string, string> = {}): string {
  return text
    .split(/```/g)
    .map((chunk, index) =>
      index % 2 === 1 ? `<pre>${escapeSlackText(chunk)}</pre>` : inline(chunk, names).replace(/\n/g, '<br>'),
    )
    .join('');
}

export function plainToHtml(text: string): string {
  return escapeHtml(text);
}
