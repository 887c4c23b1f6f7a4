import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo, type DemoResult } from '../../src/devtools/runDemo';

/**
 * Debian's chromium, when this machine has it (`.ci/run` installs it). Nothing is downloaded; without
 * it the browser check is skipped on a developer's machine but fails in CI (CI set), never passing
 * silently there.
 */
function chromium(): string | undefined {
  for (const binary of ['chromium', 'chromium-browser']) {
    const found = spawnSync('which', [binary], { encoding: 'utf8' });
    if (found.status === 0) return found.stdout.trim();
  }
  return undefined;
}

let directory: string;
let result: DemoResult;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'tandem-demo-'));
  result = await runDemo({
    outputDir: join(directory, 'out'),
    databasePath: join(directory, 'demo.db'),
    leads: 120,
    weeks: 8,
  });
}, 120_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('npm run demo', () => {
  it('posts the digest through the real app and writes the payloads as sent', () => {
    const written = JSON.parse(readFileSync(result.jsonPath, 'utf8')) as {
      parent: { channel: string; blocks: { type: string; image_url?: string }[] };
      replies: { thread_ts: string }[];
      confirmation: { text: string };
    };
    expect(result.period).toBe('16–29 Nov 2026');
    expect(written.parent.blocks[0]).toMatchObject({ type: 'header' });
    expect(written.parent.blocks.filter((block) => block.type === 'image')).toHaveLength(4);
    for (const block of written.parent.blocks) expect(block.image_url?.length ?? 0).toBeLessThanOrEqual(3000);
    // Chart figures, more figures, ICP data, four feedback kinds, lost deals, products and reps.
    expect(written.replies).toHaveLength(9);
    expect(written.confirmation.text).toContain('Posted the digest for 16–29 Nov 2026');
  });

  it('keeps the parent’s text under 250 words, opening with the headline, every figure left out still in the thread', () => {
    type Block = {
      type: string;
      text?: { text: string } | string;
      fields?: { text: string }[];
      elements?: { text?: { text: string } | string }[];
    };
    const written = JSON.parse(readFileSync(result.jsonPath, 'utf8')) as {
      parent: { blocks: Block[] };
      replies: { text: string; blocks: Block[] }[];
    };
    const textOf = (value: { text: string } | string | undefined) =>
      typeof value === 'string' ? value : (value?.text ?? '');
    const texts = (blocks: Block[]) =>
      blocks
        .filter((block) => block.type !== 'image')
        .flatMap((block) => [
          textOf(block.text),
          ...(block.fields ?? []).map((field) => field.text),
          ...(block.elements ?? []).map((element) => textOf(element.text)),
        ]);
    const parent = texts(written.parent.blocks);
    const words = parent
      .join(' ')
      .split(/\s+/)
      .filter((word) => /[\p{L}\p{N}]/u.test(word));
    expect(words.length).toBeLessThan(250);
    // The headline follows the header and its context line: one to three sentences, each marked.
    const headline = textOf(written.parent.blocks[2]?.text).split('\n');
    expect(headline.length).toBeGreaterThanOrEqual(1);
    expect(headline.length).toBeLessThanOrEqual(3);
    for (const sentence of headline)
      expect(sentence).toMatch(/^(:large_green_circle: better|:red_circle: worse) · .+\.$/);
    const more = written.replies.find((reply) => reply.text.startsWith('More figures'));
    const figureNames = (blocks: Block[]) =>
      blocks.flatMap((block) => (block.fields ?? []).map((field) => field.text.split('\n')[0]));
    expect([...figureNames(written.parent.blocks), ...figureNames(more?.blocks ?? [])]).toHaveLength(24);
    // Thread tables fit a phone: every line of a code block at most 48 characters.
    const tableLines = written.replies
      .flatMap((reply) => texts(reply.blocks))
      .flatMap((text) => text.match(/```[\s\S]*?```/g) ?? [])
      .flatMap((table) => table.replace(/```/g, '').split('\n'));
    expect(tableLines.length).toBeGreaterThan(20);
    for (const line of tableLines) expect([line, line.length <= 48]).toEqual([line, true]);
  });

  it('writes a page that draws every chart offline from the same configs', () => {
    const html = readFileSync(result.htmlPath, 'utf8');
    expect(html).toContain('Sales &amp; marketing digest · 16–29 Nov 2026');
    expect(html.match(/<canvas data-chart=/g)).toHaveLength(4);
    expect(html).toContain('"indexAxis":"y"');
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  const browser = chromium();
  (browser || process.env.CI ? it : it.skip)('opens in headless Chromium without errors', () => {
    if (!browser) throw new Error('CI needs Debian’s chromium for this check: apt-get install chromium');
    const run = spawnSync(
      browser,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--enable-logging=stderr',
        '--v=0',
        '--dump-dom',
        `file://${result.htmlPath}`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stdout).toContain('data-charts-drawn="4"');
    expect(run.stdout).not.toContain('data-errors=');
    expect(run.stderr).not.toMatch(/CONSOLE.*(Uncaught|Error)/);
  });
});
