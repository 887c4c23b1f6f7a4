import { z } from 'zod';
import type { ViewOutput } from '@slack/bolt';
import fc from 'fast-check';
import { validateActionItemDraft } from '../../../src/domain/actionItem';
import { validateDealDraft } from '../../../src/domain/deal';
import { validateDigestSchedule } from '../../../src/domain/digestCommand';
import { validateFeedbackDraft } from '../../../src/domain/feedback';
import { validateIcpSections } from '../../../src/domain/icp';
import type { FieldProblem } from '../../../src/domain/inputError';
import { validateLeadDraft } from '../../../src/domain/lead';
import { validateNoteDraft } from '../../../src/domain/meeting';
import { validateSpendDraft } from '../../../src/domain/spend';
import { LANGUAGES } from '../../../src/i18n/locales';
import { createTranslator } from '../../../src/i18n/translator';
import {
  ActionIds,
  ActionItemModalBlocks,
  DealModalBlocks,
  DigestScheduleBlocks,
  FeedbackModalBlocks,
  IcpModalBlocks,
  INPUT_ACTION_ID,
  LeadModalBlocks,
  MeetingNoteBlocks,
  SpendModalBlocks,
} from '../../../src/slack/ids';
import { leadModalErrors } from '../../../src/slack/submissions/leadModal';
import { readActionItemModal } from '../../../src/views/modals/actionItemModal';
import { dealModalErrors, readDealModal } from '../../../src/views/modals/dealModal';
import { readDigestScheduleModal } from '../../../src/views/modals/digestScheduleModal';
import {
  feedbackModalErrors,
  readFeedbackModal,
  readFeedbackModalMetadata,
} from '../../../src/views/modals/feedbackModal';
import { icpModalErrors, readIcpModal } from '../../../src/views/modals/icpModal';
import { readLeadModal } from '../../../src/views/modals/leadModal';
import { readMeetingModalMetadata, readMeetingNoteModal } from '../../../src/views/modals/meetingNoteModal';
import { readSpendModal, spendModalErrors } from '../../../src/views/modals/spendModal';
import { readMetadata } from '../../../src/views/modals/viewState';
import { expectExplainedRejection, hostileText, hostileViewState } from '../../support/hostileInput';

/**
 * Modal submissions: whatever `view.state.values` and `private_metadata` hold (hostile text, wrong
 * element types, missing or invented blocks, empty keys), reading the form and validating it never
 * throws; every refusal names a field and a problem, and lands under one of the form's own blocks.
 */
type StateValues = ViewOutput['state']['values'];

const ACTION_IDS = [INPUT_ACTION_ID, ...Object.values(ActionIds)];
/** Each run renders every refusal in three languages; fewer runs keep the file within a CI minute. */
const RUNS = { numRuns: 40 };
const ids = (blocks: Record<string, string>) => Object.values(blocks);

function formState(blocks: Record<string, string>, words: readonly string[] = []): fc.Arbitrary<StateValues> {
  return hostileViewState(ids(blocks), ACTION_IDS, words);
}

/**
 * Runs that ended in a refusal, counted so each property proves it reached the refusal branch: a
 * validator that accepted everything would otherwise pass every check below without running one.
 */
let refusedRuns = 0;

beforeEach(() => {
  refusedRuns = 0;
});

/** Runs a property, a form it must refuse first (for most, the empty one), and checks refusals were seen. */
function assertRefusing<T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>, refused: T): void {
  fc.assert(property, { ...RUNS, examples: [refused] });
  expect(refusedRuns).toBeGreaterThan(0);
}

function explained(problems: FieldProblem[]): void {
  refusedRuns += 1;
  expectExplainedRejection(problems);
}

/** The form's answer for these problems, in every language: only its own blocks, never an empty text. */
function expectErrorsUnderBlocks(
  problems: FieldProblem[],
  errorsIn: (t: ReturnType<typeof createTranslator>) => Record<string, string>,
  blockIds: readonly string[],
): void {
  explained(problems);
  for (const language of LANGUAGES) {
    const errors = errorsIn(createTranslator(language));
    expect(Object.keys(errors).length).toBeGreaterThan(0);
    for (const [blockId, text] of Object.entries(errors)) {
      expect(blockIds.some((known) => blockId.startsWith(known))).toBe(true);
      expect(text.trim()).not.toBe('');
    }
  }
}

describe('modal payloads never crash and every refusal is shown under a field', () => {
  it('lead form', () => {
    assertRefusing(
      fc.property(formState(LeadModalBlocks, ['seo', 'smb', '11-50', 'PL', 'a@b.example']), (values) => {
        const result = validateLeadDraft(readLeadModal(values), ['seo']);
        if (!result.ok)
          expectErrorsUnderBlocks(
            result.problems,
            (t) => leadModalErrors(t, result.problems),
            ids(LeadModalBlocks),
          );
      }),
      [{}],
    );
  });

  it('deal form', () => {
    assertRefusing(
      fc.property(
        formState(DealModalBlocks, ['WON', 'LOST', 'QUALIFIED', '12', '12000', 'price']),
        (values) => {
          const form = readDealModal(values);
          const result = validateDealDraft(form.draft, {
            toStage: form.stage,
            currency: 'EUR',
            lostReasons: [{ key: 'price', label: 'Price' }],
          });
          if (!result.ok)
            expectErrorsUnderBlocks(
              result.problems,
              (t) => dealModalErrors(t, result.problems, form.stage),
              ids(DealModalBlocks),
            );
        },
      ),
      // Nothing of the deal form is required until a stage is chosen: a value that is no number is refused.
      [{ [DealModalBlocks.value]: { [INPUT_ACTION_ID]: { type: 'plain_text_input', value: 'a lot' } } }],
    );
  });

  it('spend form', () => {
    assertRefusing(
      fc.property(
        formState(SpendModalBlocks, ['paid_search', '4500', 'PLN', '2026-11-01', '2026-11-14']),
        (values) => {
          const result = validateSpendDraft(readSpendModal(values), {
            channelKeys: ['paid_search'],
            defaultCurrency: 'EUR',
          });
          if (!result.ok)
            expectErrorsUnderBlocks(
              result.problems,
              (t) => spendModalErrors(t, result.problems),
              ids(SpendModalBlocks),
            );
        },
      ),
      [{}],
    );
  });

  it('feedback form and its metadata', () => {
    assertRefusing(
      fc.property(
        formState(FeedbackModalBlocks, ['complaint', 'wish', 'L-1', 'D-2', 'analytics', 'negative', 'call']),
        hostileText(['{"channelId":"C1"}', '{', 'null', '[]']),
        (values, metadata) => {
          readFeedbackModalMetadata(metadata);
          const { draft } = readFeedbackModal(values);
          const result = validateFeedbackDraft(draft, [{ key: 'analytics', label: 'Analytics' }]);
          if (!result.ok)
            expectErrorsUnderBlocks(
              result.problems,
              (t) => feedbackModalErrors(t, result.problems, values),
              ids(FeedbackModalBlocks),
            );
        },
      ),
      [{}, ''],
    );
  });

  it('ICP form', () => {
    assertRefusing(
      fc.property(formState(IcpModalBlocks), (values) => {
        const result = validateIcpSections(readIcpModal(values));
        if (!result.ok)
          expectErrorsUnderBlocks(
            result.problems,
            (t) => icpModalErrors(t, result.problems),
            ids(IcpModalBlocks),
          );
      }),
      // Every ICP section is optional, so the form refused by all is one with a section too long.
      [
        {
          [IcpModalBlocks.industries]: {
            [INPUT_ACTION_ID]: { type: 'plain_text_input', value: 'x'.repeat(2001) },
          },
        },
      ],
    );
  });

  it('digest schedule, meeting note and action item forms', () => {
    assertRefusing(
      fc.property(
        formState(DigestScheduleBlocks, ['C1', '1', '7', '09:00', 'Europe/Warsaw', '2', 'enabled']),
        formState(MeetingNoteBlocks, ['decision', 'note', 'win_rate', 'L-1']),
        formState(ActionItemModalBlocks, ['U0000ALICE', '2026-12-01', 'seo', 'D-2']),
        hostileText(['{"period":"1_2"}', '{', 'null']),
        (schedule, note, actionItem, metadata) => {
          readMetadata(metadata, z.object({ period: z.string() }));
          readMeetingModalMetadata(metadata);
          for (const result of [
            validateDigestSchedule(readDigestScheduleModal(schedule)),
            validateNoteDraft(readMeetingNoteModal(note)),
            validateActionItemDraft(readActionItemModal(actionItem), {
              today: new Date('2026-11-30T00:00:00Z'),
              channelKeys: ['seo'],
            }),
          ]) {
            if (!result.ok) explained(result.problems);
          }
        },
      ),
      [{}, {}, {}, ''],
    );
  });
});
