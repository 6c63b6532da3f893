// Peer for the score benchmark: the vader-sentiment npm package scoring each sentence-sized
// record's text (valence only). Run from a folder where `npm install vader-sentiment` was done:
//   NODE_PATH=PEERS/node_modules node bench/vader_npm_peer.js FILE.jsonl
const fs = require('fs');
const readline = require('readline');
const vader = require('vader-sentiment');
const file = process.argv[2];
const start = process.hrtime.bigint();
let bytes = 0, n = 0;
const rl = readline.createInterface({input: fs.createReadStream(file)});
rl.on('line', (line) => {
  const text = JSON.parse(line).text;
  bytes += Buffer.byteLength(text);
  vader.SentimentIntensityAnalyzer.polarity_scores(text);
  n++;
});
rl.on('close', () => {
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`vader-sentiment (npm): ${n} records, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s: ${(bytes / 1e6 / s).toFixed(2)} MB/s`);
});
