// The pseudo-locale en-XA, made from the English messages: every letter
// accented and words about 40% longer (vowels and some consonants doubled),
// wrapped in [ ], so a layout that breaks with longer German or Spanish words,
// or a string that is not from a locale file, shows at a glance. Loaded only
// for lang=en-XA (import() in l10n-start.js).
const ACCENTED = { a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü', n: 'ñ', s: 'š', c: 'ç', y: 'ý', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Û', N: 'Ñ', S: 'Š', C: 'Ç', Y: 'Ý' };
const LONGER = /[aeiousnAEIOUSN]/;

/** "Threads" -> "Ţhréééàdšš"-like text: accents everywhere, the letters of LONGER doubled. */
export function pseudoText(text) {
  let out = '';
  for (const ch of text) out += LONGER.test(ch) ? ACCENTED[ch].repeat(2) : (ACCENTED[ch] ?? ch);
  return out;
}

function pseudoPattern(pattern, top = true) {
  if (typeof pattern === 'string') return top ? `[${pseudoText(pattern)}]` : pseudoText(pattern);
  const parts = pattern.map((el) => {
    if (typeof el === 'string') return pseudoText(el);
    if (el.type === 'select') return { ...el, variants: el.variants.map((v) => ({ ...v, value: pseudoPattern(v.value, false) })) };
    return el;
  });
  return top ? ['[', ...parts, ']'] : parts;
}

/** Turns an English FluentResource into the pseudo-locale's, in place (patterns only: ids, variables and variant keys stay). */
export function pseudoResource(resource) {
  for (const entry of resource.body) {
    if (entry.value !== null) entry.value = pseudoPattern(entry.value);
    for (const name of Object.keys(entry.attributes)) entry.attributes[name] = pseudoPattern(entry.attributes[name]);
  }
  return resource;
}
