import type { Clock } from '../clock';
import {
  FEEDBACK_FIELDS,
  type FeedbackDraft,
  type FeedbackKind,
  formatClientReference,
  validateFeedbackDraft,
} from '../domain/feedback';
import { type FieldProblem, problem, because } from '../domain/inputError';
import type { LookbackWindow } from '../domain/lookbackPeriod';
import type { Store } from '../store';
import type { FeedbackOrigin, FeedbackRecord, WishCount } from '../store/repos/feedbackStore';

export type AddFeedbackOutcome =
  { kind: 'added'; feedback: FeedbackRecord } | { kind: 'invalid'; problems: FieldProblem[] };

/** What `/feedback list` shows: the newest items, counts per kind, and wishes by product. */
export type FeedbackOverview = {
  window: LookbackWindow;
  kind?: FeedbackKind;
  items: FeedbackRecord[];
  countsByKind: Map<string, number>;
  /** Only when wishes are part of the list (no kind filter, or wish). */
  wishes: WishCount[];
};

const LIST_LIMIT = 20;
const WISH_PRODUCTS_SHOWN = 10;

/** Capturing client feedback (command, modal, message shortcut) and reviewing it. */
export class FeedbackService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  async products(teamId: string) {
    return this.store.teams.options(teamId, 'product');
  }

  async add(
    teamId: string,
    actorId: string,
    draft: FeedbackDraft,
    origin: FeedbackOrigin = {},
  ): Promise<AddFeedbackOutcome> {
    const validated = validateFeedbackDraft(draft, await this.products(teamId));
    if (!validated.ok) return { kind: 'invalid', problems: validated.problems };
    const { client: reference, ...input } = validated.value;
    const client = reference ? await this.store.feedback.resolveClient(teamId, reference) : undefined;
    if (reference && !client) {
      const shown = formatClientReference(reference);
      return {
        kind: 'invalid',
        problems: [
          problem(
            'client',
            because(
              reference.type === 'lead' ? 'problem.feedback.leadNotInTeam' : 'problem.feedback.dealNotInTeam',
              { id: shown },
            ),
            FEEDBACK_FIELDS.client.example,
          ),
        ],
      };
    }
    const feedback = await this.store.feedback.create(
      teamId,
      input,
      client,
      origin,
      actorId,
      this.clock.now(),
    );
    return { kind: 'added', feedback };
  }

  async overview(teamId: string, window: LookbackWindow, kind?: FeedbackKind): Promise<FeedbackOverview> {
    const withWishes = kind === undefined || kind === 'wish';
    const [items, countsByKind, wishes, products] = await Promise.all([
      this.store.feedback.list(teamId, {
        start: window.start,
        end: window.end,
        limit: LIST_LIMIT,
        ...(kind ? { kind } : {}),
      }),
      this.store.feedback.countByKind(teamId, window),
      withWishes ? this.store.feedback.wishCounts(teamId, window, WISH_PRODUCTS_SHOWN) : Promise.resolve([]),
      this.products(teamId),
    ]);
    // Wishes come grouped lower-cased; products of the team's list read better by their label.
    const labels = new Map(products.map((product) => [product.key.toLowerCase(), product.label]));
    const labelled = wishes.map((wish) => ({
      ...wish,
      product: wish.product && (labels.get(wish.product) ?? wish.product),
    }));
    return { window, items, countsByKind, wishes: labelled, ...(kind ? { kind } : {}) };
  }
}
