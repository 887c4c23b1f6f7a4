/**
 * Tandem's layers, top to bottom: a module may import its own layer and any layer below it, never
 * one above. dependency-cruiser (.dependency-cruiser.cjs, run by `npm run lint`) enforces them;
 * docs/CONVENTIONS.md shows the table `layerTable()` writes (`npm run docs:layers`), and
 * test/architecture/layers.test.ts compares the two. A folder ends with "/"; `except` takes paths
 * out of `modules`, so that every module of src/ belongs to exactly one layer.
 */
const LAYERS = [
  { name: 'entry', modules: ['src/main.ts', 'src/devtools/'], is: 'process entry; the local demo' },
  {
    name: 'app',
    modules: ['src/app.ts', 'src/shutdown.ts', 'src/http/', 'src/startup/'],
    is: 'composition root (`createApp`), start-up, shutdown, non-Slack routes',
  },
  {
    name: 'slack',
    modules: ['src/slack/'],
    except: ['src/slack/ids.ts'],
    is: 'Bolt listeners: commands, submissions, actions, options, events, App Home',
  },
  { name: 'scheduler', modules: ['src/scheduler/'], is: 'timed jobs; each takes `now`' },
  {
    name: 'people',
    modules: ['src/people/'],
    is: "who an answer is for: Slack profiles (users.info cache), each reader's language",
  },
  { name: 'digest', modules: ['src/digest/'], is: 'composing, posting and amending the digest' },
  {
    name: 'views',
    modules: ['src/views/'],
    is: 'pure builders of messages (messages/), modals (modals/) and their words (text/)',
  },
  { name: 'services', modules: ['src/services/'], is: 'use cases: validate with domain, persist with store' },
  { name: 'store', modules: ['src/store/'], is: 'all database access (Prisma; aggregations in SQL)' },
  { name: 'import', modules: ['src/domain/import/'], is: 'CSV import plans and their English report lines' },
  {
    name: 'i18n',
    modules: ['src/i18n/'],
    except: ['src/i18n/catalog/', 'src/i18n/message.ts', 'src/i18n/locales.ts', 'src/i18n/translation.ts'],
    is: 'the Translator and the words of domain values',
  },
  { name: 'errors', modules: ['src/errors.ts'], is: 'coded errors (`TandemError` and subclasses)' },
  {
    name: 'domain',
    modules: ['src/domain/'],
    except: ['src/domain/import/'],
    is: 'pure TypeScript: stages, parsing, KPI math, periods',
  },
  {
    name: 'blockKit',
    modules: ['src/blockKit/'],
    is: "Block Kit elements on @slack/types, cut to Slack's limits",
  },
  { name: 'ids', modules: ['src/slack/ids.ts'], is: 'command, callback, action and block ids' },
  {
    name: 'catalog',
    modules: ['src/i18n/catalog/', 'src/i18n/message.ts', 'src/i18n/locales.ts', 'src/i18n/translation.ts'],
    is: 'message catalog, languages, the `Translator` type',
  },
  {
    name: 'runtime',
    modules: ['src/runtime/', 'src/config.ts', 'src/oauthConfig.ts', 'src/security/', 'src/clock.ts'],
    is: 'process plumbing: env config, clock, logging, bot clients, Slack call pacing, process faults, token cipher',
  },
];

function pathPattern(path) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return path.endsWith('/') ? escaped : `${escaped}$`;
}

/** One regular expression matching exactly the modules of `layer`. */
function layerPattern(layer) {
  const not = (layer.except ?? []).map(pathPattern);
  const lookahead = not.length > 0 ? `(?!${not.join('|')})` : '';
  return `^${lookahead}(?:${layer.modules.map(pathPattern).join('|')})`;
}

function modulesText(layer) {
  const listed = layer.modules.join(', ');
  if (!layer.except) return listed;
  const prefix = layer.modules[0];
  const excepted = layer.except.map((path) => (path.startsWith(prefix) ? path.slice(prefix.length) : path));
  return `${listed} except ${excepted.join(', ')}`;
}

/** The Markdown table of docs/CONVENTIONS.md, top layer first. */
function layerTable() {
  const rows = LAYERS.map(
    (layer, index) => `| ${index + 1} | ${layer.name} | ${modulesText(layer)} | ${layer.is} |`,
  );
  return ['| # | layer | modules | what it holds |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

module.exports = { LAYERS, layerPattern, layerTable };
