// CORRESPONDS_TO of one comparison: an organ of the other text plays the role of a base organ.
UNWIND $rows AS row
MATCH (o:Organ {id: row.other}), (b:Organ {id: row.base})
MERGE (o)-[r:CORRESPONDS_TO {pair: $pair}]->(b)
SET r.document = $document, r.base_document = $base, r.score = row.score, r.evidence = row.evidence,
    r.compare_tag = $tag
