'use strict';
// The random edits of a load run, the same mix as HubLoad/EditWorkload.cs: mostly one typed
// character (English or Chinese) at a random place in a random paragraph, some deleted
// characters, now and then a new (empty) paragraph or one moved elsewhere. Returns a json1 op on
// the document {title, paragraphs: [{id, kind, text}]}; texts are ot-text-unicode strings.
const json1 = require('ot-json1');
const text = require('ot-text-unicode');

const INSERT_SHARE = 0.80;
const DELETE_SHARE = 0.15;
const NEW_PARAGRAPH_SHARE = 0.03;
const ENGLISH = 'abcdefghijklmnopqrstuvwxyz ';
const CHINESE = '联合国大会安全理事会秘书长会员国决议草案和平发展人权可持续环境海洋法';
const MAX_PARAGRAPHS = 2000 - 100;
const MAX_TEXT = 20000 - 100;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A small seeded generator (mulberry32), so a run can be repeated. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const below = (rnd, n) => Math.floor(rnd() * n);

function nextEdit(data, rnd) {
  const paragraphs = data.paragraphs;
  const roll = rnd();
  if (roll >= INSERT_SHARE + DELETE_SHARE && paragraphs.length > 1) {
    if (roll < INSERT_SHARE + DELETE_SHARE + NEW_PARAGRAPH_SHARE && paragraphs.length < MAX_PARAGRAPHS) {
      let id = 'p';
      for (let i = 0; i < 10; i++) id += ID_ALPHABET[below(rnd, ID_ALPHABET.length)];
      const kind = below(rnd, 2) === 0 ? 'preambular' : 'operative';
      return json1.insertOp(['paragraphs', below(rnd, paragraphs.length + 1)], {id, kind, text: ''});
    }
    const from = below(rnd, paragraphs.length);
    let to = below(rnd, paragraphs.length - 1);
    if (to >= from) to++;
    return json1.moveOp(['paragraphs', from], ['paragraphs', to]);
  }

  const index = below(rnd, paragraphs.length);
  const current = paragraphs[index].text;
  // ot-text-unicode counts code points; the demo text and the typed characters are all in the BMP.
  const length = [...current].length;
  if ((roll >= INSERT_SHARE && length > 0) || length > MAX_TEXT) {
    return json1.editOp(['paragraphs', index, 'text'], 'text-unicode', text.remove(below(rnd, length), 1));
  }
  const letters = below(rnd, 2) === 0 ? ENGLISH : CHINESE;
  return json1.editOp(['paragraphs', index, 'text'], 'text-unicode', text.insert(below(rnd, length + 1), letters[below(rnd, letters.length)]));
}

module.exports = {nextEdit, random};
