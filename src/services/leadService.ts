import type { Clock } from '../clock';
import type { FieldProblem } from '../domain/inputError';
import {
  LEAD_FIELD_NAMES,
  type LeadDraft,
  type LeadField,
  type LeadInput,
  validateLeadDraft,
} from '../domain/lead';
import { leadInputOf, leadValues, mergeLeadEdit } from '../domain/leadMerge';
import { VersionConflictError } from '../errors';
import type { Store } from '../store';
import type { LeadRecord } from '../store/repos/leadStore';
import { DraftTakenError } from '../store/repos/pipelineWriter';

export type AddLeadOutcome =
  | { kind: 'added'; lead: LeadRecord }
  | { kind: 'possible_duplicate'; duplicates: LeadRecord[]; draftId: string; input: LeadInput }
  | { kind: 'invalid'; problems: FieldProblem[] };

/** Someone else's save an edit met: who, when (their last change), and the fields they changed. */
export type OtherSave = { actorId: string; at: Date; fields: LeadField[] };

export type EditLeadOutcome =
  /** `kept`: the edit met someone else's save of other fields, which it kept. */
  | { kind: 'updated'; lead: LeadRecord; kept?: OtherSave }
  /**
   * Both changed `conflicts` (nothing saved): `merged` is the form to show, their changes to the
   * other fields taken in and this user's values in the conflicting ones; `theirs` is unknown when
   * the history does not reach back to the version the user opened.
   */
  | {
      kind: 'conflict';
      current: LeadRecord;
      theirs?: OtherSave;
      conflicts: LeadField[];
      merged: LeadDraft;
    }
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
      lead: await this.store.pipelineWriter.createLead(teamId, validated.value, actorId, this.clock.now()),
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
    try {
      // The draft is claimed in the lead's own transaction: a second click finds it gone.
      const lead = await this.store.pipelineWriter.createLead(
        teamId,
        validated.value,
        actorId,
        this.clock.now(),
        draftId,
      );
      return { kind: 'added', lead };
    } catch (error) {
      if (error instanceof DraftTakenError) return undefined;
      throw error;
    }
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
      const lead = await this.store.pipelineWriter.updateLead(
        teamId,
        number,
        validated.value,
        expectedVersion,
        actorId,
        this.clock.now(),
      );
      return { kind: 'updated', lead };
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      return this.mergeWithTheirs(
        teamId,
        actorId,
        validated.value,
        expectedVersion,
        error.current as LeadRecord,
      );
    }
  }

  /**
   * The edit met someone else's save: their changes to fields this user left alone are kept and
   * this user's saved, unless both changed the same field; then nothing is saved and only those
   * fields are asked about.
   */
  private async mergeWithTheirs(
    teamId: string,
    actorId: string,
    mine: LeadInput,
    expectedVersion: number,
    current: LeadRecord,
  ): Promise<EditLeadOutcome> {
    const since = await this.store.changes.since(teamId, 'lead', current.id, expectedVersion);
    const [first] = since;
    const last = since.at(-1);
    const mineValues = leadValues(mine);
    if (!first?.beforeJson || !last) {
      return { kind: 'conflict', current, conflicts: [], merged: leadToDraft(current) };
    }
    const base = leadValues(JSON.parse(first.beforeJson) as Record<LeadField, string | null>);
    const { merged, theirFields, conflicts } = mergeLeadEdit(base, leadValues(current), mineValues);
    const theirs = { actorId: last.actorId, at: last.createdAt, fields: theirFields };
    if (conflicts.length > 0) {
      const draft = leadToDraft(current);
      for (const field of LEAD_FIELD_NAMES) draft[field] = merged[field];
      for (const field of conflicts) draft[field] = mineValues[field];
      return { kind: 'conflict', current, theirs, conflicts, merged: draft };
    }
    try {
      const lead = await this.store.pipelineWriter.updateLead(
        teamId,
        current.number,
        leadInputOf(merged),
        current.version,
        actorId,
        this.clock.now(),
      );
      return { kind: 'updated', lead, kept: theirs };
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      // A third save in between: start over from it.
      return this.mergeWithTheirs(teamId, actorId, mine, expectedVersion, error.current as LeadRecord);
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
