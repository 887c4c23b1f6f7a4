/**
 * A modal submission must be answered within 3 seconds, and answering is the only way to keep the
 * form open with its values. Work done before the answer therefore gets a budget; past it the
 * form says "Saving…" and shows the outcome when the work ends (src/slack/formSubmission.ts).
 * `withinBudget` bounds the short waits of a failure's answer (its language).
 */
export const MODAL_WORK_BUDGET_MS = 2200;

export class BudgetExceededError extends Error {
  constructor() {
    super('the work did not finish within the modal budget');
  }
}

export async function withinBudget<T>(work: Promise<T>, budgetMs = MODAL_WORK_BUDGET_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceededError()), budgetMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
