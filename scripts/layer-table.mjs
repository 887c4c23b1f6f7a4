// Writes the layer table of scripts/layers.cjs into docs/CONVENTIONS.md, between its layers markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { layerTable } = createRequire(import.meta.url)('./layers.cjs');
const path = join(dirname(fileURLToPath(import.meta.url)), '../docs/CONVENTIONS.md');
const text = readFileSync(path, 'utf8');
const section = /<!-- layers:begin -->\n[\s\S]*?<!-- layers:end -->/;
if (!section.test(text))
  throw new Error('docs/CONVENTIONS.md has no <!-- layers:begin --> … <!-- layers:end --> section');
writeFileSync(path, text.replace(section, `<!-- layers:begin -->\n${layerTable()}\n<!-- layers:end -->`));
console.log('docs/CONVENTIONS.md: layer table written');
