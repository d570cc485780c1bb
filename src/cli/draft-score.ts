import { mkdirSync, writeFileSync } from 'node:fs';
import { draftExtraction } from '../draft/draft.js';
import { goldArticles } from '../draft/gold-articles.js';
import { type Score, scoreDraft, type Tally } from '../draft/score.js';
import { runCli } from './run.js';

const REPORT = 'reports/drafting.md';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const cell = (t: Tally) =>
  `${pct(t.precision)} / ${pct(t.recall)} (${t.matched}/${t.drafted}/${t.gold})`;

/**
 * `npm run draft:score`: drafts every gold article from its text alone (no
 * graph) and compares each draft with the hand-written extraction: entities,
 * claims and quotes, precision / recall. Prints the table and writes it to
 * reports/drafting.md with the claims missed and added.
 */
async function main(): Promise<number> {
  const rows: { id: string; score: Score }[] = goldArticles().map((a) => ({
    id: a.id,
    score: scoreDraft(draftExtraction(a.text, { id: a.id }), a.gold, a.text),
  }));
  const header = [
    '| article | entities P / R (matched/drafted/gold) | claims P / R | quotes P / R |',
    '| --- | --- | --- | --- |',
  ];
  const table = [
    ...header,
    ...rows.map(
      ({ id, score }) =>
        `| ${id} | ${cell(score.entities)} | ${cell(score.claims)} | ${cell(score.quotes)} |`,
    ),
  ].join('\n');
  const details = rows
    .map(
      ({ id, score }) =>
        `### ${id}\n\nMissed:\n\n${score.missed.map((k) => `- ${k}`).join('\n') || '- none'}\n\nNot in the gold:\n\n${score.extra.map((k) => `- ${k}`).join('\n') || '- none'}\n`,
    )
    .join('\n');
  process.stdout.write(`${table}\n`);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    REPORT,
    `# Drafting scores\n\nDrafts made from the text alone (no graph) against the hand-written extractions (\`npm run draft:score\`). Precision / recall, with matched / drafted / gold counts.\n\n${table}\n\n${details}`,
  );
  process.stdout.write(`written to ${REPORT}\n`);
  return 0;
}

runCli(main);
