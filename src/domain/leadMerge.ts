import { LEAD_FIELD_NAMES, type LeadField, type LeadInput } from './lead';

/** Every field of a lead as text, '' for empty: what an edit is compared by. */
export type LeadValues = Record<LeadField, string>;

export function leadValues(source: Partial<Record<LeadField, string | null | undefined>>): LeadValues {
  return Object.fromEntries(LEAD_FIELD_NAMES.map((field) => [field, source[field] ?? ''])) as LeadValues;
}

/** What an edit that met someone else's save comes to, field by field. */
export type LeadEditMerge = {
  /** Their fields where this user changed nothing, this user's fields where they changed nothing. */
  merged: LeadValues;
  /** The fields the other save changed. */
  theirFields: LeadField[];
  /** Fields both changed, to different values: only these need the user's decision. */
  conflicts: LeadField[];
};

/**
 * Three-way merge of a lead edit: `base` is the lead as this user opened it, `theirs` as it is now
 * after someone else's save, `mine` as this user submitted it. An empty owner in `mine` means the
 * form left it as it was.
 */
export function mergeLeadEdit(base: LeadValues, theirs: LeadValues, mine: LeadValues): LeadEditMerge {
  const merged = { ...theirs };
  const theirFields: LeadField[] = [];
  const conflicts: LeadField[] = [];
  for (const field of LEAD_FIELD_NAMES) {
    const typed = field === 'ownerId' && mine[field] === '' ? base[field] : mine[field];
    const iChanged = typed !== base[field];
    const theyChanged = theirs[field] !== base[field];
    if (theyChanged) theirFields.push(field);
    if (iChanged && !theyChanged) merged[field] = typed;
    if (iChanged && theyChanged && typed !== theirs[field]) conflicts.push(field);
  }
  return { merged, theirFields, conflicts };
}

/** Merged values back as a lead to save (they come from saved or validated leads, so they are valid). */
export function leadInputOf(values: LeadValues): LeadInput {
  const input: Record<string, string> = {};
  for (const field of LEAD_FIELD_NAMES) if (values[field] !== '') input[field] = values[field];
  return input as unknown as LeadInput;
}
