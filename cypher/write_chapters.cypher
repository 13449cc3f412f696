MATCH (d:Document {id: $document})
UNWIND $rows AS row
MERGE (c:Chapter {id: row.id})
SET c += row, c.document = $document, c.load_tag = $tag
MERGE (c)-[r:IN_DOCUMENT]->(d)
SET r.load_tag = $tag
