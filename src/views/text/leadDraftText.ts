import { LEAD_FIELD_NAMES, LEAD_FIELDS, type LeadDraft } from '../../domain/lead';

function quoteIfNeeded(value: string): string {
  return /\s/.test(value) || value === '' ? `"${value.replace(/"/g, "'")}"` : value;
}

/** A draft written back as `/lead` quick-command text, so a user can resend what they typed. */
export function draftText(draft: LeadDraft): string {
  const parts: string[] = [];
  for (const field of LEAD_FIELD_NAMES) {
    const value = draft[field];
    if (value === undefined) continue;
    if (field === 'company') parts.unshift(quoteIfNeeded(value));
    else if (field === 'ownerId') parts.push(`owner:${value.startsWith('<@') ? value : `<@${value}>`}`);
    else parts.push(`${LEAD_FIELDS[field].key}:${quoteIfNeeded(value)}`);
  }
  return parts.join(' ');
}
