// The one clipboard helper: every Copy link, Copy embed code and Share
// button shows the text selected in a read-only field (so it can always be
// copied by hand) and copies it where the browser allows (the Clipboard API
// needs a secure context and, in some browsers, permission).
import { h } from './dom.js';

/** The read-only field a copied text is shown in; hidden until something is copied. */
export const copyField = (label = 'Link or embed code to copy') => h('input', { class: 'share-out', type: 'text', readonly: true, 'aria-label': label, hidden: true });

/**
 * Shows `text` selected in `field` and copies it; tells the person which
 * happened through `announce`. Resolves true when the clipboard has it.
 * `copied` and `selected` are the words for each outcome.
 */
export async function copyText(text, { field, announce, copied = 'Copied.', selected = 'Selected: press Ctrl+C (or Cmd+C) to copy.' }) {
  field.hidden = false;
  field.value = text;
  field.select();
  try {
    await navigator.clipboard.writeText(text);
    announce(copied);
    return true;
  } catch {
    // No clipboard here (an insecure context, a refused permission): the text is selected instead.
    announce(selected);
    return false;
  }
}
