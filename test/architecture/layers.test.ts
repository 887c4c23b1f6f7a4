import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

// scripts/layers.cjs is the project's own CommonJS config, read the way dependency-cruiser reads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { LAYERS, layerPattern, layerTable } = require('../../scripts/layers.cjs') as {
  LAYERS: { name: string }[];
  layerPattern: (layer: { name: string }) => string;
  layerTable: () => string;
};

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

type Check = { passed: boolean; output: string };

/** dependency-cruiser with the project's rules, run on a small src/ tree written to a fresh folder. */
async function checkTree(files: Record<string, string>): Promise<Check> {
  const folder = await mkdtemp(join(tmpdir(), 'tandem-layers-'));
  try {
    await writeFile(
      join(folder, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'commonjs' } }),
    );
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), text);
    }
    const args = [
      DEPCRUISE,
      'src',
      '--config',
      join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
    ];
    try {
      const { stdout } = await run(process.execPath, args, { cwd: folder });
      return { passed: true, output: stdout };
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      return { passed: false, output: stdout + stderr };
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** One tree, one run: each case below is a file of it, and each assertion names its own line. */
const TREE = {
  'src/domain/stages.ts': "export const STAGES = ['LEAD', 'WON'] as const;\n",
  'src/slack/commands/lead.ts':
    "import { STAGES } from '../../domain/stages';\nexport const first = STAGES[0];\n",
  'src/domain/stageWords.ts': "import { first } from '../slack/commands/lead';\nexport const word = first;\n",
  'src/views/message.ts': 'export const plain = 1;\n',
  'src/digest/post.ts':
    "import { plain } from '../views/message';\nimport { first } from '../slack/commands/lead';\n" +
    'export const both = [plain, first];\n',
  'src/store/database.ts': "import { reader } from './reads';\nexport const database = { reader };\n",
  'src/store/reads.ts': "import { database } from './database';\nexport const reader = () => database;\n",
  'src/helpers/misc.ts': "import { STAGES } from '../domain/stages';\nexport const count = STAGES.length;\n",
};

describe('the layer rules of .dependency-cruiser.cjs', () => {
  let check: Check;
  beforeAll(async () => {
    check = await checkTree(TREE);
  });

  it('fail the lint', () => {
    expect(check.passed).toBe(false);
  });

  it('accept imports pointing down: a listener importing the domain, the digest using the views', () => {
    expect(check.output).not.toContain('src/slack/commands/lead.ts →');
    expect(check.output).not.toContain('src/digest/post.ts → src/views/message.ts');
  });

  it('refuse the domain importing a Slack listener', () => {
    expect(check.output).toContain(
      'no-upward-import-from-domain: src/domain/stageWords.ts → src/slack/commands/lead.ts',
    );
  });

  it('refuse the digest importing a Slack listener', () => {
    expect(check.output).toContain(
      'no-upward-import-from-digest: src/digest/post.ts → src/slack/commands/lead.ts',
    );
  });

  it('refuse two modules importing each other inside one layer', () => {
    expect(check.output).toMatch(/no-circular: src\/store\/(database|reads)\.ts/);
  });

  it('refuse a module of src/ that belongs to no layer', () => {
    expect(check.output).toContain('no-unlayered-module: src/helpers/misc.ts');
  });

  it('pass a tree whose imports all point down', async () => {
    const downward = await checkTree({
      'src/domain/stages.ts': TREE['src/domain/stages.ts'],
      'src/slack/commands/lead.ts': TREE['src/slack/commands/lead.ts'],
    });
    expect(downward.output).not.toMatch(/error/);
    expect(downward.passed).toBe(true);
  });
});

describe('the layers of scripts/layers.cjs', () => {
  it('hold every module of src/ exactly once', async () => {
    const entries = await readdir(join(ROOT, 'src'), { recursive: true, withFileTypes: true });
    const modules = entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
      .filter((path) => !path.startsWith('src/generated/'));
    const patterns = LAYERS.map((layer) => ({ name: layer.name, pattern: new RegExp(layerPattern(layer)) }));
    const layersOf = modules.map((path) => ({
      path,
      layers: patterns.filter(({ pattern }) => pattern.test(path)).map(({ name }) => name),
    }));
    expect(modules.length).toBeGreaterThan(300);
    expect(layersOf.filter(({ layers }) => layers.length !== 1)).toEqual([]);
  });
});

describe('docs/CONVENTIONS.md', () => {
  it('shows the layer table of scripts/layers.cjs (npm run docs:layers writes it)', async () => {
    const conventions = await readFile(join(ROOT, 'docs/CONVENTIONS.md'), 'utf8');
    expect(conventions).toContain(`<!-- layers:begin -->\n${layerTable()}\n<!-- layers:end -->`);
  });
});
