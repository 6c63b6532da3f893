// Peer: the vader-sentiment npm package (a JavaScript port of VADER), valence only: one
// polarity_scores call per article's whole text, as `slant score --valence-rules vader` scores a
// record. Install it outside the repository (bench/table does):
//   mkdir -p /tmp/peers && cd /tmp/peers && npm install vader-sentiment
//   NODE_PATH=/tmp/peers/node_modules node bench/peers/vader.js FILE.jsonl
const vader = require('vader-sentiment');
require('./common').run('vader-sentiment ' + require('vader-sentiment/package.json').version,
  'valence (VADER rules, whole text)',
  (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound);
