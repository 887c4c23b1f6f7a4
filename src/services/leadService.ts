import type { Clock } from '../clock';
import type { FieldProblem } from '../domain/inputError';
import { type LeadDraft, type LeadInput, validateLeadDraft } from '../domain/lead';
import { VersionConflictError } from '../errors';
import type { Store } from '../store';
import type { LeadRecord } from '../store/leadStore';

export type AddLeadOutcome =
  | { kind: 'added'; lead: LeadRecord }
  | { kind: 'possible_duplicate'; duplicates: LeadRecord[]; draftId: string; input: LeadInput }
  | { kind: 'invalid'; problems: FieldProblem[] };

export type EditLeadOutcome =
  | { kind: 'updated'; lead: LeadRecord }
  | { kind: 'conflict'; current: LeadRecord }
  | { kind: 'invalid'; problems: FieldProblem[] };

const LEAD_DRAFT_KIND = 'lead';

/** Capturing and editing leads: validation against the team's lists, duplicates, versions. */
export class LeadService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async validate(teamId: string, draft: LeadDraft) {
    const channels = await this.store.teams.options(teamId, 'channel');
    return validateLeadDraft(
      draft,
      channels.map((channel) => channel.key),
    );
  }

  /** Adds a lead unless it looks like one the team already has; then its input is parked as a draft. */
  async add(teamId: string, actorId: string, draft: LeadDraft): Promise<AddLeadOutcome> {
    const validated = await this.validate(teamId, draft);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const duplicates = await this.store.leads.findPossibleDuplicates(teamId, validated.value);
    if (duplicates.length > 0) {
      const draftId = await this.store.drafts.save(teamId, actorId, LEAD_DRAFT_KIND, draft, this.clock.now());
      return { kind: 'possible_duplicate', duplicates, draftId, input: validated.value };
    }
    return {
      kind: 'added',
      lead: await this.store.leads.create(teamId, validated.value, actorId, this.clock.now()),
    };
  }

  /** Adds the parked draft despite the duplicate warning; undefined when it was already used. */
  async addDraftAnyway(
    teamId: string,
    actorId: string,
    draftId: string,
  ): Promise<AddLeadOutcome | undefined> {
    const draft = await this.store.drafts.get(teamId, actorId, draftId);
    if (draft === undefined) return undefined;
    const validated = await this.validate(teamId, draft as LeadDraft);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const lead = await this.store.leads.create(teamId, validated.value, actorId, this.clock.now());
    await this.store.drafts.delete(teamId, draftId);
    return { kind: 'added', lead };
  }

  /** Drops a parked draft; returns its text so the user still has what they typed. */
  async discardDraft(teamId: string, actorId: string, draftId: string): Promise<LeadDraft | undefined> {
    const draft = (await this.store.drafts.get(teamId, actorId, draftId)) as LeadDraft | undefined;
    if (draft !== undefined) await this.store.drafts.delete(teamId, draftId);
    return draft;
  }

  async edit(
    teamId: string,
    actorId: string,
    number: number,
    expectedVersion: number,
    draft: LeadDraft,
  ): Promise<EditLeadOutcome> {
    const validated = await this.validate(teamId, draft);
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    try {
      const lead = await this.store.leads.update(
        teamId,
        number,
        validated.value,
        expectedVersion,
        actorId,
        this.clock.now(),
      );
      return { kind: 'updated', lead };
    } catch (error) {
      if (error instanceof VersionConflictError)
        return { kind: 'conflict', current: error.current as LeadRecord };
      throw error;
    }
  }
}

/** The fields of a stored lead as the text a form or quick command would hold. */
export function leadToDraft(lead: LeadRecord): LeadDraft {
  const draft: LeadDraft = { company: lead.company, ownerId: lead.ownerId };
  const optional = {
    source: lead.source,
    industry: lead.industry,
    segment: lead.segment,
    companySize: lead.companySize,
    country: lead.country,
    contactName: lead.contactName,
    email: lead.email,
    product: lead.product,
    heardFrom: lead.heardFrom,
    promptedBy: lead.promptedBy,
    campaign: lead.campaign,
    note: lead.note,
  };
  for (const [field, value] of Object.entries(optional)) {
    if (value) draft[field as keyof LeadDraft] = value;
  }
  return draft;
}
