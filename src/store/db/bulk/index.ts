export {
  analyzeAfterBulkLoad,
  bulkAdvanceTeamCounters,
  bulkInsertDeals,
  bulkInsertFeedback,
  bulkInsertLeads,
  bulkInsertSpend,
  bulkInsertStageEvents,
  bulkRebuildTeamFacts,
} from './bulkInsert';
export {
  type BulkDealRow,
  type BulkFeedbackRow,
  type BulkLeadRow,
  type BulkSpendRow,
  type BulkStageEventRow,
  newRowId,
} from './bulkTables';
export { type BulkTarget, inBulkTransaction, openBulkTarget } from './bulkTarget';
export { loadWithIndexesBuiltAfter, withIndexesBuiltAfter } from './indexesAfterLoad';
