import { mapColumns, type RowValues } from '../domain/import/columnMapping';
import { parseSlackUserId } from '../domain/import/dealRows';
import {
  COLUMNS_OF_KIND,
  IMPORT_KINDS,
  type ImportKind,
  kindFromColumns,
} from '../domain/import/importColumns';
import { type ImportProblem, importProblem } from '../domain/import/importProblem';
import { currencyCodeOf, splitAmountAndCurrency } from '../domain/import/importValues';
import type { CrmPreset } from '../domain/import/presets';
import type { Parsed } from '../domain/inputError';

type ValuesRow = { line: number; values: RowValues };

export function withExample(problem: ImportProblem): string {
  return problem.example ? `${problem.message} (e.g. ${problem.example})` : problem.message;
}

/** The kind of records the file's headers describe, read with the preset's headers when given. */
export function guessKind(headers: readonly string[], preset: CrmPreset | undefined): ImportKind | undefined {
  const mapped = new Map(
    IMPORT_KINDS.map((kind) => {
      const mapping = mapColumns(headers, COLUMNS_OF_KIND[kind], new Map(), preset?.headers);
      return [kind, mapping.ok ? mapping.value.indexes : new Map<string, number>()] as const;
    }),
  );
  return kindFromColumns((kind, key) => mapped.get(kind)?.has(key) ?? false);
}

const OWNERS_EXAMPLE = '--owners "Jane Doe=U0123ABCD,bob@example.com=U0456EFGH"';

/**
 * The Slack user of each CRM owner the rows name: a Slack id as it is, else `--owners` by name or
 * email, else Slack's users.lookupByEmail for an email. Owners found in none are left out.
 */
export async function resolveOwners(
  rows: readonly ValuesRow[],
  pairs: readonly string[],
  lookupUserByEmail: ((email: string) => Promise<string | undefined>) | undefined,
): Promise<Parsed<ReadonlyMap<string, string>, ImportProblem>> {
  const given = new Map<string, string>();
  for (const text of pairs) {
    for (const pair of text.split(',')) {
      const [name, user] = pair.split('=').map((part) => part.trim());
      const userId = user ? parseSlackUserId(user) : undefined;
      if (!name || !userId) {
        return {
          ok: false,
          problems: [
            importProblem('owners', `“${pair.trim()}” is not CRM owner=Slack user id`, OWNERS_EXAMPLE),
          ],
        };
      }
      given.set(name.toLowerCase(), userId);
    }
  }
  const owners = new Set(rows.flatMap((row) => row.values.get('owner') ?? []));
  const found = new Map<string, string>();
  for (const owner of owners) {
    const userId =
      parseSlackUserId(owner) ??
      given.get(owner.toLowerCase()) ??
      (lookupUserByEmail && /^[^@\s]+@[^@\s]+$/.test(owner) ? await lookupUserByEmail(owner) : undefined);
    if (userId) found.set(owner, userId);
  }
  return { ok: true, value: found };
}

/**
 * A deal file's rows with `--currency` written into each amount that names none, for a file
 * without a currency column: its amounts' currency is never guessed from the team's.
 */
export function fileCurrency(
  kind: ImportKind,
  rows: readonly ValuesRow[],
  hasCurrencyColumn: boolean,
  currencyText: string | undefined,
): Parsed<ValuesRow[], ImportProblem> {
  const code = currencyText === undefined ? undefined : currencyCodeOf(currencyText);
  if (currencyText !== undefined && !code) {
    return {
      ok: false,
      problems: [
        importProblem('currency', `--currency “${currencyText}” is not a currency code`, '--currency EUR'),
      ],
    };
  }
  if (kind !== 'deals' || hasCurrencyColumn) return { ok: true, value: [...rows] };
  const bare = (row: ValuesRow) => {
    const amount = row.values.get('value');
    return amount !== undefined && splitAmountAndCurrency(amount).currency === undefined;
  };
  if (!code) {
    return rows.some(bare)
      ? {
          ok: false,
          problems: [
            importProblem(
              'currency',
              'the file has no currency column and its amounts name no currency; say which currency they are in with --currency',
              '--currency EUR',
            ),
          ],
        }
      : { ok: true, value: [...rows] };
  }
  return {
    ok: true,
    value: rows.map((row) =>
      bare(row) ? { line: row.line, values: new Map([...row.values, ['currency', code]]) } : row,
    ),
  };
}
