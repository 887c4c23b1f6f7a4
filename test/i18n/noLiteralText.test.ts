import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * "No string literals in Slack glue": every sentence a user reads comes from the catalog. This
 * scans the folders that build what Slack shows for string literals that read like prose (two
 * words or more), leaving out what users never see: log lines, thrown errors, ids and imports.
 */
const ROOT = join(__dirname, '..', '..');
const SCANNED = ['src/slack', 'src/digest', 'src/scheduler'];
/** The CSV export keeps English headers on purpose, so files re-import (docs/METRICS.md). */
const EXEMPT_FILES = [/src\/digest\/export\//];
/** Two words in a row; catalog keys ("digest.amend.posted") have dots, not spaces. */
const PROSE = /\p{L}{2,}[,.]? +\p{L}{2,}/u;

/**
 * Text a user reads: two words in a row, and a capital or sentence punctuation. Lower-case word
 * runs are operation labels for logs ("home new lead"); date-fns patterns ("d MMM yyyy") and
 * command examples are not prose either.
 */
function readsAsProse(text: string): boolean {
  // Code spans and quick-command pairs (period:2026-11) are typed syntax, the same in every language.
  const outsideCode = text.replace(/`[^`]*`/g, ' ').replace(/\p{L}+:\S+/gu, ' ');
  if (/^[dMyEHhmsaLo ,.:'-]+$/.test(outsideCode.trim())) return false;
  return PROSE.test(outsideCode) && /[A-Z.!?:]/.test(outsideCode.replace(/:\w+:/g, ''));
}

function files(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Calls whose text is for operators or code, never shown in Slack. */
function isExemptCall(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isNewExpression(current) && /Error$/.test(current.expression.getText())) return true;
    if (ts.isCallExpression(current)) {
      const callee = current.expression.getText();
      if (/(^|\.)logger\.(debug|info|warn|error)$|^(warn|log)$|console\./.test(callee)) return true;
    }
    if (ts.isImportDeclaration(current) || ts.isExportDeclaration(current)) return true;
    if (ts.isLiteralTypeNode(current)) return true;
  }
  return false;
}

function proseLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
          : undefined;
    if (text !== undefined && readsAsProse(text) && !isExemptCall(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(ROOT, path)}:${line + 1} ${JSON.stringify(text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('builds no Slack text from English literals: every sentence comes from the message catalog', () => {
  const found = SCANNED.flatMap((folder) => files(join(ROOT, folder)))
    .filter((path) => !EXEMPT_FILES.some((pattern) => pattern.test(path)))
    .flatMap(proseLiterals);
  expect(found).toEqual([]);
});
