// Peer: wink-nlp with wink-eng-lite-web-model.
//   NODE_PATH=/tmp/peers/node_modules node bench/peers/wink.js FILE.jsonl [sentiment]
// Default: readDoc with the model's default pipeline (tokenization, sentence boundaries,
// negation, sentiment, part of speech, named entities; custom entities are empty without
// learning), then tokens and sentences read out: the nearest to `slant segment`, plus tagging.
// `sentiment`: only the annotations sentiment needs (sentence boundaries, negation, sentiment)
// and the document's sentiment read out: the nearest to valence alone.
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const version = `wink-nlp ${require('wink-nlp/package.json').version} + ` +
  `wink-eng-lite-web-model ${require('wink-eng-lite-web-model/package.json').version}`;
const common = require('./common');

if (process.argv[3] === 'sentiment') {
  const nlp = winkNLP(model, ['sbd', 'negation', 'sentiment']);
  common.run(version, 'sentiment (tokens, sentences, negation, sentiment)',
    (text) => nlp.readDoc(text).out(nlp.its.sentiment));
} else {
  const nlp = winkNLP(model);
  common.run(version, 'tokens + sentences (default pipeline: also negation, sentiment, POS, entities)',
    (text) => {
      const doc = nlp.readDoc(text);
      return doc.tokens().out().length + doc.sentences().out().length;
    });
}
