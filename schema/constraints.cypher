// Accord's schema: constraints and indexes, applied before every load.
// Every statement is idempotent (IF NOT EXISTS) and ends with a semicolon at
// the end of a line; src/neo4j/schema.ts splits on those. A test checks that
// every label and fact relationship type of src/graph/vocabulary.ts is covered.

// Stable ids: one node per id and label. A uniqueness constraint also gives
// the index that MERGE and lookups by id use.

CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
// Bookkeeping: which migrations (src/neo4j/migrations/) the database has had.
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE;

// Every fact relationship has a claimId (its stable identity, also the key
// its Evidence nodes point at). Relationship uniqueness constraints exist in
// Community since 5.7 and give each type an index on claimId.

CREATE CONSTRAINT based_in_country_claim IF NOT EXISTS FOR ()-[r:BASED_IN_COUNTRY]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT headquartered_in_claim IF NOT EXISTS FOR ()-[r:HEADQUARTERED_IN]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT active_in_claim IF NOT EXISTS FOR ()-[r:ACTIVE_IN]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT offers_claim IF NOT EXISTS FOR ()-[r:OFFERS]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT subsidiary_of_claim IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT leads_claim IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT founded_claim IF NOT EXISTS FOR ()-[r:FOUNDED]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT board_member_of_claim IF NOT EXISTS FOR ()-[r:BOARD_MEMBER_OF]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT employed_by_claim IF NOT EXISTS FOR ()-[r:EMPLOYED_BY]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT authored_claim IF NOT EXISTS FOR ()-[r:AUTHORED]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT party_to_claim IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT covers_claim IF NOT EXISTS FOR ()-[r:COVERS]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT targets_claim IF NOT EXISTS FOR ()-[r:TARGETS]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT contributes_claim IF NOT EXISTS FOR ()-[r:CONTRIBUTES]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT includes_claim IF NOT EXISTS FOR ()-[r:INCLUDES]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT leads_project_claim IF NOT EXISTS FOR ()-[r:LEADS_PROJECT]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT in_sector_claim IF NOT EXISTS FOR ()-[r:IN_SECTOR]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT located_in_claim IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT mentions_claim IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT stated_claim IF NOT EXISTS FOR ()-[r:STATED]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT signed_mou_with_claim IF NOT EXISTS FOR ()-[r:SIGNED_MOU_WITH]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT allied_with_claim IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT joint_venture_with_claim IF NOT EXISTS FOR ()-[r:JOINT_VENTURE_WITH]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT commercial_agreement_with_claim IF NOT EXISTS FOR ()-[r:COMMERCIAL_AGREEMENT_WITH]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT researches_with_claim IF NOT EXISTS FOR ()-[r:RESEARCHES_WITH]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT merged_with_claim IF NOT EXISTS FOR ()-[r:MERGED_WITH]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT supplies_claim IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT licenses_to_claim IF NOT EXISTS FOR ()-[r:LICENSES_TO]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT distributes_for_claim IF NOT EXISTS FOR ()-[r:DISTRIBUTES_FOR]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT invested_in_claim IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() REQUIRE r.claimId IS UNIQUE;
CREATE CONSTRAINT acquired_claim IF NOT EXISTS FOR ()-[r:ACQUIRED]-() REQUIRE r.claimId IS UNIQUE;

// Evidence is found by the claim it supports and by its article.
CREATE INDEX evidence_claim IF NOT EXISTS FOR (e:Evidence) ON (e.claimId);
CREATE INDEX evidence_article IF NOT EXISTS FOR (e:Evidence) ON (e.articleId);

// Filters analysts use on partnerships and articles.
CREATE INDEX partnership_kind IF NOT EXISTS FOR (p:Partnership) ON (p.kind);
CREATE INDEX partnership_signed_on IF NOT EXISTS FOR (p:Partnership) ON (p.signedOn);
CREATE INDEX article_published_on IF NOT EXISTS FOR (a:Article) ON (a.publishedOn);
CREATE INDEX place_kind IF NOT EXISTS FOR (p:Place) ON (p.kind);

// Search by name regardless of accents and case ("bollore" finds Bolloré):
// the standard-folding analyzer lower-cases and folds diacritics. `names`
// holds the canonical name, its translations and every alias.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Company|Person|Sector|Place|Project) ON EACH [n.names]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Partnerships by any of their names, for `suggest`: `names` holds the
// canonical name and its translations (partnerships have no aliases). A label
// added to entity_names would need that index dropped and rebuilt; an index of
// their own leaves databases that have entity_names as they are.
CREATE FULLTEXT INDEX partnership_names IF NOT EXISTS
FOR (n:Partnership) ON EACH [n.names]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Search in articles' titles and text.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS
FOR (a:Article) ON EACH [a.title, a.lede, a.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// A partnership's contributions are found by the partnership id their edges carry.
CREATE INDEX contributes_partnership IF NOT EXISTS FOR ()-[r:CONTRIBUTES]-() ON (r.partnershipId);

// A partnership is found by the id any of its reports gave it (its aliases).
CREATE INDEX mentions_reported_as IF NOT EXISTS FOR ()-[m:MENTIONS]-() ON (m.reportedAs);
