import { parseStageName, planReopen, planStageMove, stageQualifiesLead } from '../../src/domain/stageMove';

describe('parseStageName', () => {
  it('reads stage names in any case and their aliases', () => {
    expect(parseStageName('Offer')).toBe('OFFER');
    expect(parseStageName('PROPOSAL')).toBe('OFFER');
    expect(parseStageName('needs')).toBe('DISCOVERY');
    expect(parseStageName('won')).toBe('WON');
    expect(parseStageName('closing')).toBeUndefined();
  });
});

describe('planStageMove', () => {
  it('creates, moves forward, skips and goes back', () => {
    expect(planStageMove(null, 'OFFER')).toEqual({
      ok: true,
      plan: { kind: 'create', fromStage: null, toStage: 'OFFER', skipped: [] },
    });
    expect(planStageMove('QUALIFIED', 'DISCOVERY')).toEqual({
      ok: true,
      plan: { kind: 'forward', fromStage: 'QUALIFIED', toStage: 'DISCOVERY', skipped: [] },
    });
    expect(planStageMove('LEAD', 'OFFER')).toEqual({
      ok: true,
      plan: { kind: 'skip', fromStage: 'LEAD', toStage: 'OFFER', skipped: ['QUALIFIED', 'DISCOVERY'] },
    });
    expect(planStageMove('NEGOTIATION', 'OFFER')).toEqual({
      ok: true,
      plan: { kind: 'backward', fromStage: 'NEGOTIATION', toStage: 'OFFER', skipped: [] },
    });
  });

  it('wins from negotiation as a forward move and from earlier stages as a skip', () => {
    expect(planStageMove('NEGOTIATION', 'WON')).toMatchObject({ ok: true, plan: { kind: 'forward' } });
    expect(planStageMove('DISCOVERY', 'WON')).toMatchObject({
      ok: true,
      plan: { kind: 'skip', skipped: ['OFFER', 'NEGOTIATION'] },
    });
  });

  it('loses from any open stage without skipping', () => {
    expect(planStageMove('LEAD', 'LOST')).toEqual({
      ok: true,
      plan: { kind: 'forward', fromStage: 'LEAD', toStage: 'LOST', skipped: [] },
    });
  });

  it('refuses moves out of WON or LOST and moves to the same stage', () => {
    expect(planStageMove('WON', 'OFFER')).toEqual({ ok: false, refusal: { reason: 'closed', stage: 'WON' } });
    expect(planStageMove('LOST', 'WON')).toEqual({ ok: false, refusal: { reason: 'closed', stage: 'LOST' } });
    expect(planStageMove('OFFER', 'OFFER')).toEqual({
      ok: false,
      refusal: { reason: 'same_stage', stage: 'OFFER' },
    });
  });
});

describe('planReopen', () => {
  it('reopens into the stage the deal was closed from, or the one asked for', () => {
    expect(planReopen('LOST', 'NEGOTIATION')).toEqual({
      ok: true,
      plan: { kind: 'reopen', fromStage: 'LOST', toStage: 'NEGOTIATION', skipped: [] },
    });
    expect(planReopen('WON', 'NEGOTIATION', 'OFFER')).toMatchObject({ ok: true, plan: { toStage: 'OFFER' } });
    expect(planReopen('WON', null)).toMatchObject({ ok: true, plan: { toStage: 'LEAD' } });
  });

  it('refuses to reopen an open deal or into a closed stage', () => {
    expect(planReopen('OFFER', null)).toEqual({
      ok: false,
      refusal: { reason: 'not_closed', stage: 'OFFER' },
    });
    expect(planReopen('LOST', 'OFFER', 'WON')).toEqual({
      ok: false,
      refusal: { reason: 'reopen_to_closed', stage: 'WON' },
    });
  });
});

describe('stage helpers', () => {
  it('qualifies the lead from QUALIFIED on, but not for LOST', () => {
    expect(stageQualifiesLead('LEAD')).toBe(false);
    expect(stageQualifiesLead('QUALIFIED')).toBe(true);
    expect(stageQualifiesLead('WON')).toBe(true);
    expect(stageQualifiesLead('LOST')).toBe(false);
  });
});
