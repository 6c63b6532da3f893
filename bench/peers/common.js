// What the peers share: read a JSON Lines file's texts into memory first (so reading and JSON
// parsing stay outside the timed part, as in bench/icu_words_bench), time `work` over every
// text, and print one line of JSON. Every record counts as an article, empty texts included
// (MBIC has 71), so articles/s is comparable with slant's over the same file.
const fs = require('fs');

function run(tool, work, perText) {
  const file = process.argv[2];
  if (!file) {
    console.error(`usage: NODE_PATH=PEERS/node_modules node ${process.argv[1]} FILE.jsonl`);
    process.exit(2);
  }
  const wallStart = process.hrtime.bigint();
  const texts = [];
  let bytes = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const text = JSON.parse(line).text || '';
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  // A checksum of what each call returns, printed, so the work cannot be optimized away and a
  // run that silently did nothing would show.
  let check = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) check += perText(text);
  const end = process.hrtime.bigint();
  const seconds = Number(end - start) / 1e9;
  const mb = bytes / 1e6;
  console.log(JSON.stringify({
    tool, work, articles: texts.length, mb: +mb.toFixed(3), seconds: +seconds.toFixed(3),
    mb_per_s: +(mb / seconds).toFixed(3), articles_per_s: +(texts.length / seconds).toFixed(1),
    wall_with_reading_s: +(Number(end - wallStart) / 1e9).toFixed(3), check: +check.toFixed(3),
  }));
}

module.exports = {run};
