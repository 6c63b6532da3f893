// Peer: the `sentiment` npm package: AFINN-165 word scores summed over its own tokens (with
// negation of the next word and emoji), one analyze call per article.
//   NODE_PATH=/tmp/peers/node_modules node bench/peers/sentiment.js FILE.jsonl
const Sentiment = require('sentiment');
const analyzer = new Sentiment();
require('./common').run('sentiment ' + require('sentiment/package.json').version,
  'AFINN-165 word-list sum',
  (text) => analyzer.analyze(text).score);
