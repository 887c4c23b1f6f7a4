/**
 * Company names as people write them differ in case, punctuation and legal form: "Acme Corp.",
 * "ACME corp" and "Acme" are one client, as are "Ромашка" and ООО «Ромашка». The match key sets
 * those differences aside; it is for finding a company, never for showing it.
 */

/** Legal forms, as words once punctuation is gone, longest first so "sp z o o" wins over "sp". */
const LEGAL_FORMS = [
  'sp z o o',
  'spolka z ograniczona odpowiedzialnoscia',
  'gmbh co kg',
  'sp zoo',
  'sp j',
  'sp k',
  'sp p',
  's a',
  's r o',
  'b v',
  'n v',
  'sa',
  'gmbh',
  'ag',
  'kg',
  'llc',
  'llp',
  'inc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'plc',
  'sro',
  'bv',
  'nv',
  'oy',
  'ab',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'тов',
].sort((a, b) => b.length - a.length);

function withoutLegalForms(words: string): string {
  let rest = words;
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (rest.endsWith(` ${form}`)) rest = rest.slice(0, -form.length - 1);
      else if (rest.startsWith(`${form} `)) rest = rest.slice(form.length + 1);
      else continue;
      changed = true;
    }
  }
  return rest;
}

/** "Acme Corp." → "acme"; "Nowak Sp. z o.o." → "nowak"; a name that is only a legal form stays itself. */
export function companyMatchKey(company: string): string {
  const words = company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return withoutLegalForms(words) || words;
}

/**
 * The word of a name most worth searching the stored keys by (lower-cased, accents kept like
 * `companyKey`): its longest word that is no legal form ("ООО «Ромашка»" → "ромашка").
 */
export function companySearchWord(company: string): string {
  const words = company
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const named = words.filter((word) => !LEGAL_FORMS.includes(word));
  const pool = named.length > 0 ? named : words;
  return pool.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

/** What makes a stored lead look like the one being added: the same company, the same email, or both. */
export type DuplicateMatch = 'company' | 'email' | 'both';

export function duplicateMatch(
  existing: { company: string; email: string | null },
  typed: { company: string; email?: string | undefined },
): DuplicateMatch | undefined {
  const company = companyMatchKey(existing.company) === companyMatchKey(typed.company);
  const email =
    typed.email !== undefined &&
    existing.email !== null &&
    existing.email.toLowerCase() === typed.email.toLowerCase();
  if (company && email) return 'both';
  if (company) return 'company';
  return email ? 'email' : undefined;
}
