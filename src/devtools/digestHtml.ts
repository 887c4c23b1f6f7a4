import type { ChartConfiguration } from 'chart.js';
import type { KnownBlock, SlackMessage } from '../blockKit/message';
import { mrkdwnToHtml, plainToHtml } from './mrkdwnHtml';

export type DigestPage = {
  title: string;
  parent: SlackMessage;
  replies: SlackMessage[];
  /** Chart.js configs by image block id, drawn where the message has its image. */
  charts: Record<string, ChartConfiguration>;
  /** Display names of user and channel ids in mentions. */
  names: Record<string, string>;
  /** Chart.js's UMD bundle, inlined so the page opens offline. */
  chartJs: string;
};

type TextObject = { type: string; text: string };

function text(object: TextObject | undefined, names: Record<string, string>): string {
  if (!object) return '';
  return object.type === 'mrkdwn' ? mrkdwnToHtml(object.text, names) : plainToHtml(object.text);
}

function elementHtml(element: unknown, names: Record<string, string>): string {
  const {
    type,
    text: label,
    alt_text: alt,
  } = element as { type: string; text?: TextObject | string; alt_text?: string };
  if (type === 'button' && typeof label === 'object') return `<button>${plainToHtml(label.text)}</button>`;
  if (type === 'mrkdwn' || type === 'plain_text') return text(element as TextObject, names);
  if (type === 'image') return `<span>[${plainToHtml(alt ?? 'image')}]</span>`;
  return '';
}

function blockHtml(block: KnownBlock, charts: DigestPage['charts'], names: Record<string, string>): string {
  switch (block.type) {
    case 'header':
      return `<h2>${plainToHtml(block.text.text)}</h2>`;
    case 'divider':
      return '<hr>';
    case 'context':
      return `<p class="context">${block.elements.map((element) => elementHtml(element, names)).join(' ')}</p>`;
    case 'section': {
      const fields = block.fields?.length
        ? `<div class="fields">${block.fields.map((field) => `<div>${text(field, names)}</div>`).join('')}</div>`
        : '';
      const accessory = block.accessory
        ? `<div class="accessory">${elementHtml(block.accessory, names)}</div>`
        : '';
      return `<div class="section"><div>${text(block.text, names)}${fields}</div>${accessory}</div>`;
    }
    case 'image': {
      const id = block.block_id ?? '';
      const title = block.title ? `<figcaption>${plainToHtml(block.title.text)}</figcaption>` : '';
      const drawing = charts[id]
        ? `<canvas data-chart="${plainToHtml(id)}" role="img" aria-label="${plainToHtml(block.alt_text)}"></canvas>`
        : `<p class="context">[image: ${plainToHtml(block.alt_text)}]</p>`;
      return `<figure>${title}${drawing}<p class="alt">Alt text: ${plainToHtml(block.alt_text)}</p></figure>`;
    }
    case 'actions':
      return `<p>${block.elements.map((element) => elementHtml(element, names)).join(' ')}</p>`;
    default:
      return `<p class="context">[${plainToHtml(block.type)} block]</p>`;
  }
}

function messageHtml(message: SlackMessage, page: DigestPage, css: string): string {
  return `<article class="${css}"><div class="author">Tandem <span>APP</span></div>${message.blocks
    .map((block) => blockHtml(block, page.charts, page.names))
    .join('\n')}</article>`;
}

/** Embeds JSON in a script element safely (no `</script>` can close it early). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const STYLE = `
body{font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;background:#f8f8f8;color:#1d1c1d;margin:0;padding:24px}
main{max-width:780px;margin:auto}
article{background:#fff;border:1px solid #ddd;border-radius:8px;padding:16px 20px;margin:12px 0}
article.reply{margin-left:40px;border-left:4px solid #1d9bd1}
.author{font-weight:700;margin-bottom:8px}.author span{font-size:10px;background:#eee;padding:1px 4px;border-radius:3px;color:#555}
h1{font-size:20px}h2{font-size:19px;margin:4px 0 10px}
.section{display:flex;gap:12px;justify-content:space-between;margin:8px 0;line-height:1.45}
.fields{display:grid;grid-template-columns:1fr 1fr;gap:8px 24px;margin-top:6px}
.context{color:#616061;font-size:13px;margin:6px 0}
pre{background:#f6f6f6;border:1px solid #e2e2e2;border-radius:4px;padding:8px;overflow-x:auto;font-size:12px}
code{background:#f2f2f2;border-radius:3px;padding:0 3px;color:#c01343}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
figure{margin:10px 0}canvas{max-width:600px;max-height:320px;background:#fff}
.alt{font-size:12px;color:#616061}
button{border:1px solid #bbb;background:#fff;border-radius:4px;padding:4px 10px}
hr{border:none;border-top:1px solid #eee}
.thread{color:#616061;margin:20px 0 4px 40px;font-weight:600}
figcaption{font-size:13px;color:#616061}`;

/** A self-contained page of the digest and its thread, as Slack would show them, charts drawn by Chart.js. */
export function renderDigestPage(page: DigestPage): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${plainToHtml(page.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<script>
// Errors are kept on the page too, so a headless check of the demo can read them from the DOM.
window.addEventListener('error', (event) => {
  document.body.dataset.errors = (document.body.dataset.errors || '') + event.message + '\\n';
});
</script>
<main>
<h1>${plainToHtml(page.title)}</h1>
<p class="context">Rendered locally from the Block Kit payloads Tandem sent (see digest.json). Charts are drawn by Chart.js from the same configs the Slack images are made of.</p>
${messageHtml(page.parent, page, 'parent')}
<p class="thread">${page.replies.length} replies in the thread</p>
${page.replies.map((reply) => messageHtml(reply, page, 'reply')).join('\n')}
</main>
<script>${page.chartJs.replace(/<\/script/gi, '<\\/script')}</script>
<script>
const charts = ${scriptJson(page.charts)};
Chart.defaults.color = '#1d1c1d';
Chart.defaults.animation = false;
let drawn = 0;
for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
  const config = charts[canvas.dataset.chart];
  config.options = Object.assign({ responsive: true }, config.options);
  new Chart(canvas, config);
  drawn += 1;
}
document.body.dataset.chartsDrawn = String(drawn);
</script>
</body></html>
`;
}
