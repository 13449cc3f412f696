// IMPLEMENTS between the documents, from the other text's own 根据《…》 (at most one row).
UNWIND $rows AS row
MATCH (d:Document {id: $document}), (b:Document {id: $base})
MERGE (d)-[r:IMPLEMENTS {pair: $pair}]->(b)
SET r.document = $document, r.base_document = $base, r.confidence = row.confidence, r.evidence = row.evidence,
    r.cited = row.cited, r.article = row.article, r.start = row.start, r.end = row.end, r.compare_tag = $tag
