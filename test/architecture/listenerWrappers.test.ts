import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Buttons and forms share one skeleton (team, permission, idempotency key, time budget, failure
 * reply): src/slack/button.ts and src/slack/formSubmission.ts. A listener registered with Bolt's
 * `app.action(` or `app.view(` anywhere else repeats it, and fails here.
 */
const SLACK = join(__dirname, '../../src/slack');
const WRAPPERS = new Set(['button.ts', 'formSubmission.ts']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('button and form listeners', () => {
  it('are registered only through registerButton and registerFormSubmission', () => {
    const files = sourceFiles(SLACK);
    const direct = files
      .filter((path) => !WRAPPERS.has(relative(SLACK, path)))
      .filter((path) => /\bapp\.(action|view)\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(SLACK, path));
    expect(direct).toEqual([]);
    // The check reads real listeners, so it cannot pass by finding nothing.
    const wrapped = files.filter((path) =>
      /registerButton\(|registerFormSubmission\(/.test(readFileSync(path, 'utf8')),
    );
    expect(wrapped.length).toBeGreaterThan(10);
  });
});
