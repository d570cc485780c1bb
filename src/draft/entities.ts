import { foldText, slugify } from '../graph/text.js';
import type { ArticleText, TextSpan } from './article-text.js';
import { GAZETTEER } from './gazetteer.js';
import { KIND_CUES } from './kind-lexicon.js';
import type { KnownNames } from './known-names.js';
import {
  type DraftLabel,
  type FoundEntity,
  longestFirst,
  type Mention,
  matchable,
  occurrences,
  overlaps,
} from './mentions.js';
import { LED_BY, ROLE_TITLES, SAID } from './role-lexicon.js';
import { SECTOR_LEXICON } from './sector-lexicon.js';
import { capitalisedRuns, spanOf, tokens } from './tokens.js';
import {
  COMPANY_INTRODUCERS,
  COMPANY_NAME_WORDS,
  COMPANY_SUFFIXES,
  FIRST_NAMES,
} from './word-lists.js';

const SECTOR_FORMS = new Set(
  SECTOR_LEXICON.flatMap((s) => [s.en, s.fr, ...s.forms]).map((f) => foldText(f)),
);

/** A company's name without its legal form: how two mentions are told to be the same company. */
export function companyCore(name: string): string {
  let words = name.split(/\s+/);
  while (words.length > 1 && COMPANY_SUFFIXES.includes(words[words.length - 1] ?? '')) {
    words = words.slice(0, -1);
  }
  return words.join(' ');
}

/** Finds the companies, people, places and sectors an article names. */
export class EntityFinder {
  private readonly plain: string;
  readonly entities: FoundEntity[] = [];

  constructor(
    private readonly article: ArticleText,
    private readonly known: KnownNames,
  ) {
    this.plain = matchable(article.text);
  }

  find(): FoundEntity[] {
    this.places();
    this.people();
    this.companies();
    this.sectors();
    this.assignIds();
    return this.entities;
  }

  /** Spans already claimed by an entity. */
  private taken(): Mention[] {
    return this.entities.flatMap((e) => e.mentions);
  }

  private add(
    label: DraftLabel,
    key: string,
    name: string,
    mention: Mention,
    extra: Partial<FoundEntity> = {},
  ): FoundEntity {
    let entity = this.entities.find((e) => e.label === label && e.key === key);
    if (!entity) {
      entity = {
        label,
        key,
        id: '',
        name,
        aliases: [],
        mentions: [],
        evidence: mention,
        known: false,
        ...extra,
      };
      this.entities.push(entity);
    }
    entity.mentions.push(mention);
    entity.mentions.sort((a, b) => a.start - b.start);
    return entity;
  }

  private places() {
    const candidates = GAZETTEER.flatMap((place) =>
      [place.en, place.fr, ...place.forms].flatMap((form) =>
        occurrences(this.article, this.plain, form).map((m) => ({ ...m, place })),
      ),
    );
    for (const m of longestFirst(candidates, this.taken())) {
      const { place, ...mention } = m;
      this.add('Place', place.id, place.en, mention, {
        id: place.id,
        placeKind: place.kind,
        names: { en: place.en, fr: place.fr },
      });
    }
  }

  /**
   * People: two or three capitalised words that a title follows ("X, CEO of"),
   * that a verb of saying or leading introduces ("a déclaré X", "led by X"),
   * or that start with a common first name; every later mention of the name too.
   */
  private people() {
    const names = new Map<string, { review?: string; context: TextSpan }>();
    const candidates: TextSpan[] = [];
    for (const run of capitalisedRuns(this.article, this.plain, this.taken())) {
      for (let from = 0; from + 1 < run.length; from++) {
        const pair = run.slice(from, from + 2);
        if (pair.some((t) => !/^\p{Lu}\p{Ll}/u.test(t.text))) continue;
        candidates.push(spanOf(pair));
        if (run[from + 2]) candidates.push(spanOf(run.slice(from, from + 3)));
      }
    }
    // "Eva de Jong", "Ursula von der Leyen"
    for (const s of this.article.sentences) {
      const particle =
        /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:de la|de|du|van der|van|von der|von|da|di|del|dos|der|den)\s+\p{Lu}\p{Ll}+/gu;
      for (const m of this.plain.slice(s.start, s.end).matchAll(particle)) {
        const start = s.start + (m.index ?? 0);
        candidates.push({ start, end: start + m[0].length });
      }
    }
    const trigger = new RegExp(
      `(?:${SAID.source}|${LED_BY.source.replace(/\\s\+\$$/u, '')}|(?<![\\p{L}])(?:Pour|For))\\s+$`,
      'iu',
    );
    for (const span of candidates) {
      const text = this.article.slice(span);
      if (COMPANY_NAME_WORDS.test(text) || this.known.resolve('Company', text)) continue;
      if (this.taken().some((t) => overlaps(t, span))) continue;
      const before = this.plain.slice(Math.max(0, span.start - 40), span.start);
      const after = this.plain.slice(span.end, span.end + 60);
      const title = ROLE_TITLES.some((r) =>
        r.forms.some((f) =>
          new RegExp(`^,\\s+(?:the\\s+|le\\s+|la\\s+)?${f}(?![\\p{L}])`, 'iu').test(after),
        ),
      );
      const said = trigger.exec(before);
      const saidAfter = /^,?\s+(?:said|says|a déclaré|estime)(?![\p{L}])/iu.test(after);
      const words = text.split(/\s+/u);
      const first = FIRST_NAMES.has((words[0] ?? '').toLowerCase());
      const known = this.known.resolve('Person', text);
      // A three-word run is a name only when the graph knows it or a title or verb frames it.
      if (words.length === 3 && !(known || title || saidAfter)) continue;
      if (!(title || said || saidAfter || first || known)) continue;
      if (names.has(text)) continue;
      names.set(text, {
        context: said ? { start: span.start - (before.length - said.index), end: span.end } : span,
        ...(title || said || saidAfter || known
          ? {}
          : { review: 'person guessed from a common first name' }),
      });
    }
    // A two-word name inside a longer one found too ("Anna Richter" in "Anna Richter Smith") is the longer one.
    for (const text of [...names.keys()]) {
      if ([...names.keys()].some((o) => o !== text && o.includes(text))) names.delete(text);
    }
    for (const [text, found] of names) {
      const mentions = occurrences(this.article, this.plain, text);
      mentions.forEach((m, i) => {
        this.add('Person', foldText(text), text, m, {
          evidence: i === 0 ? found.context : m,
          ...(found.review ? { review: found.review } : {}),
        });
      });
    }
  }

  /**
   * Companies: names the graph knows, then capitalised phrases with a legal
   * form or a trade word ("Bolloré Logistics"), introduced by a noun ("le
   * groupe X", "the carmaker X"), or standing in a sentence that announces a
   * deal; a phrase with none of these is kept with a review note.
   */
  private companies() {
    const cueSentences = new Set(
      this.article.sentences
        .filter((s) =>
          KIND_CUES.some((c) =>
            new RegExp(c.pattern.source, 'iu').test(this.plain.slice(s.start, s.end)),
          ),
        )
        .map((s) => s.index),
    );
    const runs = capitalisedRuns(this.article, this.plain, this.taken());
    const counts = new Map<string, number>();
    for (const run of runs) {
      const core = foldText(companyCore(this.article.slice(spanOf(run))));
      counts.set(core, (counts.get(core) ?? 0) + 1);
    }
    for (const run of runs) {
      const span = spanOf(run);
      const text = this.article.slice(span);
      if (
        run.length === 1 &&
        /^[\p{Lu}\d]{1,4}$/u.test(text) &&
        !this.known.resolve('Company', text)
      )
        continue;
      // "du Cloud": a sector's word, capitalised.
      if (run.length === 1 && SECTOR_FORMS.has(foldText(text))) continue;
      const core = companyCore(text);
      const key = foldText(core);
      const sentence = this.article.sentenceAt(span.start);
      const before = this.plain.slice(sentence?.start ?? 0, span.start);
      const introduced = COMPANY_INTRODUCERS.exec(before);
      const legal = COMPANY_NAME_WORDS.test(text);
      const known = this.known.resolve('Company', text) ?? this.known.resolve('Company', core);
      const inCue = sentence !== undefined && cueSentences.has(sentence.index);
      const opensSentence = sentence !== undefined && span.start === sentence.start;
      const repeated = (counts.get(key) ?? 0) > 1;
      if (!(introduced || legal || known || inCue || repeated)) continue;
      if (opensSentence && run.length === 1 && !(known || legal || repeated || inCue)) continue;
      const existing = this.entities.find((e) => e.label === 'Company' && e.key === key);
      const sure = introduced || legal || known || inCue;
      const entity = this.add(
        'Company',
        key,
        core,
        { ...span, text },
        {
          evidence: introduced ? { start: span.start - introduced[0].length, end: span.end } : span,
          ...(sure ? {} : { review: 'company guessed from a capitalised phrase' }),
        },
      );
      if (existing && sure) delete entity.review;
      if (text !== entity.name && !entity.aliases.includes(text)) entity.aliases.push(text);
      const group = /(?:le|the)\s+(?:groupe|group)\s+$/iu.exec(before);
      if (group && run.length === 1) {
        const alias = this.article.text.slice(span.start - group[0].length, span.end);
        if (!entity.aliases.some((a) => foldText(a) === foldText(alias)))
          entity.aliases.push(alias.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
      }
    }
  }

  private sectors() {
    const candidates = SECTOR_LEXICON.flatMap((sector) =>
      [sector.en, sector.fr, ...sector.forms].flatMap((form) =>
        occurrences(this.article, this.plain, form).map((m) => ({ ...m, sector })),
      ),
    );
    // Sectors the graph knows by a name the lexicon lacks.
    const known = this.knownMentions('Sector').map((m) => ({
      ...m,
      sector: { id: m.entity.id, en: m.entity.name, fr: '', forms: [] },
    }));
    for (const m of longestFirst([...candidates, ...known], this.taken())) {
      const { sector, ...mention } = m;
      this.add(
        'Sector',
        sector.id,
        sector.en,
        { start: mention.start, end: mention.end, text: mention.text },
        {
          id: sector.id,
          ...(sector.fr ? { names: { en: sector.en, fr: sector.fr } } : {}),
        },
      );
    }
  }

  /** Runs of up to five words of the sentences that name an entity of `label` in the graph. */
  private knownMentions(label: DraftLabel) {
    const out: (Mention & { entity: { id: string; name: string } })[] = [];
    if (this.known.size === 0) return out;
    for (const s of this.article.sentences) {
      const words = tokens(this.plain, s);
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= 5 && i + n <= words.length; n++) {
          const span = spanOf(words.slice(i, i + n));
          const text = this.article.slice(span);
          const entity = this.known.resolve(label, text);
          if (entity) out.push({ ...span, text, entity });
        }
      }
    }
    return out;
  }

  /** The graph's id where a name or alias is known; otherwise the name's slug, kept unique. */
  private assignIds() {
    const used = new Set<string>();
    for (const e of this.entities) {
      const known = [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)]
        .map((text) => this.known.resolve(e.label, text))
        .find((k) => k !== undefined);
      if (known) {
        e.id = known.id;
        e.known = true;
        if (foldText(known.name) !== foldText(e.name)) {
          e.aliases = [...new Set([e.name, ...e.aliases])];
          e.name = known.name;
        }
        delete e.review;
      } else if (!e.id) {
        e.id = slugify(e.name) || 'entity';
      }
      let id = e.id;
      for (let n = 2; used.has(id); n++) id = `${e.id}-${n}`;
      e.id = id;
      used.add(id);
      e.aliases = e.aliases.filter((a) => foldText(a) !== foldText(e.name));
    }
  }
}
