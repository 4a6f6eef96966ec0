// Intervals for a ratio of times that keep their stated coverage with the
// few rounds a claim can afford (9), whatever the shape of the noise. Pure.
//
// Why not a bootstrap: resampling 9 rounds gives a bootstrap distribution of
// the median that takes only the 9 measured values, and its percentile
// interval covers much less than it says. Simulated at the threshold while
// this rule was designed (the noise model of tests/unit/stopping.test.mjs,
// three tries of 98.3% intervals), a block bootstrap wrongly said "holds" for
// 5-7% of claims within one run and 16% across runs, against at most 2.5%
// promised. The intervals below are
// exact for independent rounds, by counting, with no model of the noise:
//
//   paired (two variants timed in the same round of one run): the ratio of
//   each round, r_i = num_i / den_i, in which the round's drift cancels. Their
//   median is the estimate; the interval is a pair of order statistics,
//   [r_(k), r_(n+1-k)], which misses the true median only when k-1 or fewer
//   rounds fall on one side of it: a binomial(n, 1/2) count (the sign test).
//
//   unpaired (two runs at different times): every ratio num_i / den_j of one
//   sample from each side. Their median is the estimate (Hodges-Lehmann, on
//   the log scale); the interval is again a pair of order statistics, the
//   count of pairs on one side following the Mann-Whitney distribution when
//   one run's times are the other's scaled by the ratio.
//
// The rounds of one run are measured in time order: a drift that changes
// within a run makes neighbouring rounds alike, which these counts assume
// away. The simulation includes such a drift, and its error rate is the one
// the page states.

/** P(X <= j) for X ~ binomial(n, 1/2), j = 0..n. */
function binomialCdf(n) {
  const cdf = [];
  let c = 1, sum = 0;
  for (let j = 0; j <= n; j++) {
    sum += c;
    cdf.push(sum / 2 ** n);
    c = (c * (n - j)) / (j + 1);
  }
  return cdf;
}

/** P(U <= u), u = 0..n*m, for the Mann-Whitney count U of two independent samples of n and m from one distribution. */
function mannWhitneyCdf(n, m) {
  // ways[i][j][u]: arrangements of i and j values with u pairs in order; built up one value at a time.
  let prev = Array.from({ length: m + 1 }, () => [1]);
  for (let i = 1; i <= n; i++) {
    const cur = [[1]];
    for (let j = 1; j <= m; j++) {
      const size = i * j + 1;
      const row = new Array(size).fill(0);
      const a = prev[j], b = cur[j - 1];
      // The largest value is one of the first sample's (each of the j others lies below it) or one of the second's.
      for (let u = 0; u < a.length; u++) row[u + j] += a[u];
      for (let u = 0; u < b.length; u++) row[u] += b[u];
      cur.push(row);
    }
    prev = cur;
  }
  const ways = prev[m];
  const total = ways.reduce((s, w) => s + w, 0);
  let sum = 0;
  return ways.map((w) => (sum += w) / total);
}

/** The largest k >= 1 with P(count <= k-1) <= tail, from a cdf; 0 when even k = 1 is too likely. */
function orderIndex(cdf, tail) {
  let k = 0;
  while (k < cdf.length && cdf[k] <= tail + 1e-12) k++;
  return k;
}

const sortedNumbers = (values) => Float64Array.from(values).sort();
const medianOfSorted = (s) => (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2);

/**
 * The interval from order statistics: [s_(k), s_(N+1-k)] of the sorted
 * values s, and the coverage it really has (at least `level`). With too few
 * values for that level the interval is unbounded, (0, Infinity): nothing
 * can be decided from it.
 */
function fromOrder(sorted, cdf, level) {
  const k = orderIndex(cdf, (1 - level) / 2);
  const ratio = medianOfSorted(sorted);
  if (k === 0) return { ratio, lo: 0, hi: Infinity, coverage: 1 };
  return { ratio, lo: sorted[k - 1], hi: sorted[sorted.length - k], coverage: 1 - 2 * cdf[k - 1] };
}

/** Ratios of rounds measured together: the median ratio and its sign-test interval. */
export function pairedRatioInterval(num, den, level) {
  if (num.length !== den.length) throw new Error(`Paired samples need one of each per round: got ${num.length} and ${den.length}.`);
  const ratios = sortedNumbers(num.map((x, i) => x / den[i]));
  return fromOrder(ratios, binomialCdf(ratios.length), level);
}

/** Ratios of two runs measured apart: the median of all cross ratios and its Mann-Whitney interval. */
export function unpairedRatioInterval(num, den, level) {
  const ratios = sortedNumbers(num.flatMap((x) => den.map((y) => x / y)));
  return fromOrder(ratios, mannWhitneyCdf(num.length, den.length), level);
}
