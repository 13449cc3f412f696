// IMPLEMENTS between articles of one comparison (other article → base article).
UNWIND $rows AS row
MATCH (a:Article {id: row.other}), (b:Article {id: row.base})
MERGE (a)-[r:IMPLEMENTS {pair: $pair}]->(b)
SET r.document = $document, r.base_document = $base, r.confidence = row.confidence, r.evidence = row.evidence,
    r.compare_tag = $tag
