// The claims' results leaving the page: CSV and JSON files with the
// conditions they were measured in, and "Share my results", a link to the
// class view with the verdicts in its fragment (which no server ever sees).
import { toCsv } from './export.js';
import { shareRecord, shareLink } from './share.js';

/** The columns of the claims' CSV export: each claim's verdict and numbers, then the conditions, as the sweep's export has them. */
export const CLAIMS_CSV_COLUMNS = ['claim', 'text', 'verdict', 'ratio', 'lo', 'hi', 'direction', 'threshold', 'bound', 'impossible', 'tries', 'measured', 'note',
  'hardware_concurrency', 'capacity', 'capacity_cores', 'cross_origin_isolated', 'package', 'user_agent', 'started'];

/** `json` ({ conditions, claims }, as ClaimsPanel.toJson gives it) as CSV. */
export function claimsCsv({ conditions, claims }) {
  return toCsv(CLAIMS_CSV_COLUMNS, claims.map((c) => ({ ...c, ...conditions })));
}

/** The class view's address (`classPage`, an absolute URL) with `json`'s verdicts in its fragment. */
export function claimsShareLink({ conditions, claims }, classPage) {
  const record = shareRecord(claims.map((c) => ({ id: c.claim, verdict: c.verdict, ratio: c.ratio, lo: c.lo, hi: c.hi })), {
    date: new Date(conditions.started), userAgent: conditions.user_agent, pkg: conditions.package, reportedCores: conditions.hardware_concurrency, measuredCores: conditions.capacity_cores,
  });
  return shareLink(classPage, record);
}
