// One document in one statement (one round trip): the Document node, then each part in a unit
// subquery, where an empty list writes nothing. MERGE on constrained ids keeps reloads idempotent;
// every node and relationship gets the load tag, so cleanup_* can remove what this load did not touch.
// $document is the document's row, $doc its id, $rows a map from each part to its rows: one map
// parameter, because the plan cache keys on parameter types and list sizes, and ten list
// parameters (empty or not, short or long) made every other document a new plan (~0.8 s each).
// Relationship types cannot be parameters, so each organ relation type has a block of its own.
MERGE (d:Document {id: $doc})
SET d += $document, d.loaded_at = datetime(), d.load_tag = $tag
WITH d
CALL (d) {
  UNWIND $rows.chapters AS row
  MERGE (c:Chapter {id: row.id})
  SET c += row, c.document = $doc, c.load_tag = $tag
  MERGE (c)-[r:IN_DOCUMENT]->(d)
  SET r.load_tag = $tag
}
CALL (d) {
  UNWIND $rows.articles AS row
  MERGE (a:Article {id: row.id})
  SET a += row.props, a.document = $doc, a.load_tag = $tag
  MERGE (a)-[r:IN_DOCUMENT]->(d)
  SET r.load_tag = $tag
  WITH a, row
  OPTIONAL MATCH (c:Chapter {id: row.chapter_id})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END |
    MERGE (a)-[ic:IN_CHAPTER]->(c)
    SET ic.load_tag = $tag)
}
CALL () {
  UNWIND $rows.organs AS row
  MERGE (o:Organ {id: row.id})
  SET o += row, o.document = $doc, o.load_tag = $tag
}
CALL () {
  UNWIND $rows.duties AS row
  MATCH (a:Article {id: row.article_id})
  MERGE (u:Duty {id: row.id})
  SET u += row.props, u.document = $doc, u.load_tag = $tag
  MERGE (u)-[c:CITES]->(a)
  SET c.document = $doc, c.load_tag = $tag
  WITH u, row
  UNWIND row.holders AS holder
  MATCH (o:Organ {id: holder})
  MERGE (o)-[r:RESPONSIBLE_FOR]->(u)
  SET r.document = $doc, r.responsibility = row.props.responsibility,
      r.modality = row.props.modality, r.load_tag = $tag
}
CALL () {
  UNWIND $rows.SUPERVISES AS row
  MATCH (s:Organ {id: row.source}), (t:Organ {id: row.target})
  MERGE (s)-[r:SUPERVISES {id: row.id}]->(t)
  SET r += row.props, r.document = $doc, r.load_tag = $tag
}
CALL () {
  UNWIND $rows.GUIDES AS row
  MATCH (s:Organ {id: row.source}), (t:Organ {id: row.target})
  MERGE (s)-[r:GUIDES {id: row.id}]->(t)
  SET r += row.props, r.document = $doc, r.load_tag = $tag
}
CALL () {
  UNWIND $rows.ASSISTS AS row
  MATCH (s:Organ {id: row.source}), (t:Organ {id: row.target})
  MERGE (s)-[r:ASSISTS {id: row.id}]->(t)
  SET r += row.props, r.document = $doc, r.load_tag = $tag
}
CALL () {
  UNWIND $rows.REPORTS_TO AS row
  MATCH (s:Organ {id: row.source}), (t:Organ {id: row.target})
  MERGE (s)-[r:REPORTS_TO {id: row.id}]->(t)
  SET r += row.props, r.document = $doc, r.load_tag = $tag
}
CALL () {
  UNWIND $rows.PART_OF AS row
  MATCH (s:Organ {id: row.source}), (t:Organ {id: row.target})
  MERGE (s)-[r:PART_OF {id: row.id}]->(t)
  SET r += row.props, r.document = $doc, r.load_tag = $tag
}
CALL (d) {
  UNWIND $rows.interprets AS row
  MATCH (s:Organ {id: row.source})
  MERGE (s)-[r:INTERPRETS {id: row.id}]->(d)
  SET r += row.props, r.document = $doc, r.load_tag = $tag
}
CALL () {
  UNWIND $rows.liabilities AS row
  MATCH (o:Organ {id: row.organ}), (a:Article {id: row.article_id})
  MERGE (o)-[r:LIABLE_UNDER {start: row.start, end: row.end}]->(a)
  SET r.evidence = row.evidence, r.document = $doc, r.load_tag = $tag
}
