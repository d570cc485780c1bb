import type { PartnershipKind } from '../graph/vocabulary.js';

/** Words that announce an agreement of one kind, in French and English. */
export interface KindCue {
  kind: PartnershipKind;
  /** Matched case-insensitively, on word boundaries; apostrophes straight or curly. */
  pattern: RegExp;
  /** Higher wins when one article uses cues of several kinds: the specific beats the generic. */
  weight: number;
  /** Set when the cue does not settle the kind (a bare "partnership"). */
  doubt?: string;
}

const A = "['’]";
const cue = (kind: PartnershipKind, weight: number, words: string, doubt?: string): KindCue => ({
  kind,
  weight,
  pattern: new RegExp(`(?<![\\p{L}])(?:${words.replaceAll("'", A)})(?![\\p{L}])`, 'giu'),
  ...(doubt ? { doubt } : {}),
});

/** Partnership kinds and their cues, most specific first. */
export const KIND_CUES: readonly KindCue[] = [
  cue(
    'ACQUISITION',
    9,
    'rachète|rachat|rachèt\\p{L}*|acquiert|acquisition|acquires?|acquired|takeover|take over|buys|bought|prend le contrôle|prise de contrôle',
  ),
  cue('MERGER', 9, 'fusion|fusionner|fusionnent|merger|merge'),
  cue(
    'JOINT_VENTURE',
    8,
    'coentreprise|co-entreprise|joint[- ]venture|société commune|filiale commune',
  ),
  cue(
    'MEMORANDUM_OF_UNDERSTANDING',
    8,
    "protocole d'accord|memorandum of understanding|MoU|lettre d'intention|letter of intent",
  ),
  cue(
    'LICENSING_AGREEMENT',
    7,
    'accord de licence|contrat de licence|licensing agreement|licence agreement|license agreement|sous licence|under licen[cs]e',
  ),
  cue(
    'SUPPLY_AGREEMENT',
    7,
    "contrat d'approvisionnement|accord d'approvisionnement|contrat de fourniture|accord de fourniture|supply agreement|supply deal|supply contract|to supply|will supply|fournira|fourniront",
  ),
  cue(
    'DISTRIBUTION_AGREEMENT',
    7,
    'accord de distribution|contrat de distribution|distribution agreement|distribution deal',
  ),
  cue(
    'RESEARCH_COLLABORATION',
    6,
    'partenariat de recherche|collaboration de recherche|research partnership|research collaboration|R&D partnership',
  ),
  cue(
    'INVESTMENT',
    5,
    'investit|investissement|prise de participation|prend une participation|invests|investment|takes a stake|stake in',
  ),
  cue('STRATEGIC_ALLIANCE', 5, "alliance|alliances|s'allient|allié|strategic alliance|ally"),
  cue(
    'COMMERCIAL_AGREEMENT',
    3,
    'accord commercial|contrat commercial|commercial agreement|commercial deal',
  ),
  cue(
    'STRATEGIC_ALLIANCE',
    2,
    "partenariat|partenariats|s'associent|s'associer|partnership|partner with|team up|teams up|teamed up",
    'kind guessed from a generic word for a partnership',
  ),
];

/** Words that say an agreement was made, announced or signed; a date near them is its signing date. */
export const SIGNING_WORDS =
  /(?<![\p{L}])(?:sign\p{L}*|conclu\p{L}*|annonc\p{L}*|officialis\p{L}*|scell\p{L}*|announc\p{L}*|agreed|struck|sealed|création|créent|form\p{L}*)(?![\p{L}])/giu;

/** Words that say the amount is not known. */
export const UNDISCLOSED =
  /(?:non dévoilé|non divulgué|non communiqué|pas été (?:divulgué|dévoilé|communiqué|précisé|révélé)|n['’]a pas été (?:divulgué|dévoilé|communiqué|précisé)|confidentiel|not disclosed|undisclosed|did not disclose|were not disclosed|was not disclosed|declined to disclose)/iu;
