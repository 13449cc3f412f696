// Constraints and indexes, applied before every load (all IF NOT EXISTS).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chapter_id IF NOT EXISTS FOR (n:Chapter) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organ_id IF NOT EXISTS FOR (n:Organ) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT duty_id IF NOT EXISTS FOR (n:Duty) REQUIRE n.id IS UNIQUE;
CREATE INDEX article_document IF NOT EXISTS FOR (n:Article) ON (n.document, n.number);
// A composite index serves only predicates on all its properties: lookups by document alone or by
// (document, key) need this one, else they scan every Article of the corpus.
CREATE INDEX article_of_document IF NOT EXISTS FOR (n:Article) ON (n.document);
CREATE INDEX organ_document IF NOT EXISTS FOR (n:Organ) ON (n.document);
CREATE INDEX organ_level IF NOT EXISTS FOR (n:Organ) ON (n.level);
CREATE INDEX organ_name IF NOT EXISTS FOR (n:Organ) ON (n.name);
CREATE INDEX duty_document IF NOT EXISTS FOR (n:Duty) ON (n.document);
CREATE INDEX chapter_document IF NOT EXISTS FOR (n:Chapter) ON (n.document);
// Full-text indexes are eventually consistent: a commit does not wait for Lucene (a corpus load
// ran ~30% faster); loaders call db.index.fulltext.awaitEventuallyConsistentIndexRefresh() once
// their batch is written (graph/writer.refresh_search), so a finished load is searchable.
CREATE FULLTEXT INDEX text_search IF NOT EXISTS FOR (n:Article|Duty) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX organ_search IF NOT EXISTS FOR (n:Organ) ON EACH [n.name, n.aliases_text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
