// Search highlights without innerHTML. The search API HTML-escapes the text of each fragment and
// marks matches with <em>…</em>; so the only raw tags are those markers, which become <mark>
// elements, and the escaped text is decoded by a fixed table into plain text nodes (any markup a
// customer typed stays literal text).
import { h } from '../dom.js';

const MARKERS = /(<em>|<\/em>)/;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities Elasticsearch's html encoder writes (&amp; &lt; &gt; &quot; &#x27; &#x2F; …). */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, code) => {
    if (code[0] !== '#') return NAMED[code];
    const n = code[1] === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

export function highlighted(fragment) {
  const out = document.createDocumentFragment();
  let inMark = false;
  for (const piece of String(fragment).split(MARKERS)) {
    if (piece === '<em>') inMark = true;
    else if (piece === '</em>') inMark = false;
    else if (piece) {
      const text = decodeEntities(piece);
      out.append(inMark ? h('mark', { text }) : document.createTextNode(text));
    }
  }
  return out;
}

/** The highlighted fragments of a field, joined, or the field's plain text when it has none. */
export function highlightedField(item, name) {
  const marks = item.highlights?.[name];
  if (Array.isArray(marks) && marks.length) {
    const out = document.createDocumentFragment();
    marks.forEach((m, i) => {
      if (i > 0) out.append(' … ');
      out.append(highlighted(m));
    });
    return out;
  }
  return document.createTextNode(item[name] ?? '');
}
