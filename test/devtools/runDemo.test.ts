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
    expect(written.replies).toHaveLength(7);
    expect(written.confirmation.text).toContain('Posted the digest for 16–29 Nov 2026');
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
