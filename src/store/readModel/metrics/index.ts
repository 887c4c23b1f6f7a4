export { computeDigestFigures, DIGEST_QUERY_COUNT, type DigestFiguresInput } from './computeDigestFigures';
export { MetricsStore } from './metricsStore';
