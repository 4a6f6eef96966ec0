// A figure against its target: the verdict, and the target as printed.

export function verdict(figure, result) {
  if (result === null || result.missing || !Number.isFinite(result.value)) return 'MISSING';
  if (!figure.target) return 'report only';
  const { op, value } = figure.target;
  const met = op === '<=' ? result.value <= value : result.value >= value;
  return met ? 'met' : 'MISSED';
}

export const targetText = (figure, unit) =>
  figure.target ? `${figure.target.op === '<=' ? '≤' : '≥'} ${figure.target.value}${figure.target.unit ?? unit ?? ''}` : '(report only)';
