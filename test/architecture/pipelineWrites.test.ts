import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every write of a lead, a deal or a stage event goes through the pipeline writer
 * (src/store/repos/pipelineWriter.ts and the PipelineTransaction it hands its work), which refreshes
 * the pipeline facts in the same transaction; import's bulk lead load goes through it too
 * (bulkLeads.ts). A Prisma write of those tables, or a bulk lead insert, anywhere else fails here.
 */

const SRC = join(__dirname, '../../src');
const WRITER_FILES = ['store/repos/pipelineWriter.ts', 'store/repos/pipelineTransaction.ts'];
const BULK_FILES = ['store/repos/bulkLeads.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `lead.create`, `deal.updateMany`… of each Prisma write of a pipeline table in a module's source. */
function pipelineWritesIn(source: string): string[] {
  const writes =
    /\.\s*(lead|deal|stageEvent)\s*\.\s*(create|createMany|update|updateMany|upsert|delete|deleteMany)\s*\(/g;
  return [...source.matchAll(writes)].map((match) => `${match[1]}.${match[2]}`);
}

function bulkLeadInsertsIn(source: string): number {
  return [...source.matchAll(/\bbulkInsertLeads\s*\(/g)].length;
}

describe('the pipeline writer', () => {
  const files = sourceFiles(SRC).map((path) => ({
    file: relative(SRC, path),
    source: readFileSync(path, 'utf8'),
  }));

  it('is the only module that writes leads, deals and stage events through Prisma', () => {
    const elsewhere = files
      .filter(({ file }) => !WRITER_FILES.includes(file))
      .flatMap(({ file, source }) => pipelineWritesIn(source).map((write) => `${file}: ${write}`));
    expect(elsewhere).toEqual([]);
    const inWriter = files
      .filter(({ file }) => WRITER_FILES.includes(file))
      .flatMap(({ source }) => pipelineWritesIn(source));
    expect(inWriter).toEqual(expect.arrayContaining(['lead.create', 'deal.create', 'stageEvent.create']));
  });

  it('holds the only bulk lead insert outside the bulk loader', () => {
    const callers = files
      .filter(({ file }) => !file.startsWith('store/db/bulk/'))
      .filter(({ source }) => bulkLeadInsertsIn(source) > 0)
      .map(({ file }) => file);
    expect(callers).toEqual(BULK_FILES);
  });

  it('recognises a write split over lines, as a listener or store might write it', () => {
    const source =
      'await transaction\n  .deal.updateMany({ where });\nprisma.stageEvent\n  .deleteMany({});\nprisma.lead.findMany();';
    expect(pipelineWritesIn(source)).toEqual(['deal.updateMany', 'stageEvent.deleteMany']);
  });
});
