// A report's summary: findings by kind and severity, how much of each text the alignment paired, unsure beads.

import type { ReportSummary, ReportBead, FindingKind, Finding, Severity } from '../model/types.js';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, conflict: 2 };
export function summarize(
  findings: readonly Finding[],
  beads: readonly ReportBead[],
  content: { a: number; b: number },
  lowConfidence: number,
): ReportSummary {
  const byKind: Record<FindingKind, number> = { name: 0, date: 0, number: 0, omission: 0 };
  const bySeverity: Record<Severity, number> = { info: 0, warning: 0, conflict: 0 };
  for (const f of findings) {
    byKind[f.kind]++;
    bySeverity[f.severity]++;
  }
  const paired = (side: 'a' | 'b'): number => beads.reduce((n, bead) => n + (bead.a.length && bead.b.length ? bead[side].length : 0), 0);
  const share = (n: number, total: number): number => (total === 0 ? 1 : Math.round((n / total) * 1000) / 1000);
  return {
    findings: findings.length,
    byKind,
    bySeverity,
    coverage: { a: share(paired('a'), content.a), b: share(paired('b'), content.b) },
    lowConfidenceBeads: beads.filter((bead) => bead.a.length && bead.b.length && bead.confidence < lowConfidence).length,
  };
}
