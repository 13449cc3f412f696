UNWIND $rows AS row
MATCH (o:Organ {id: row.organ}), (a:Article {id: row.article_id})
MERGE (o)-[r:LIABLE_UNDER {start: row.start, end: row.end}]->(a)
SET r.evidence = row.evidence, r.document = $document, r.load_tag = $tag
