MATCH (d:Document {id: $document})
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.document = $document, a.load_tag = $tag
MERGE (a)-[r:IN_DOCUMENT]->(d)
SET r.load_tag = $tag
WITH a, row
OPTIONAL MATCH (c:Chapter {id: row.chapter_id})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END |
  MERGE (a)-[ic:IN_CHAPTER]->(c)
  SET ic.load_tag = $tag)
