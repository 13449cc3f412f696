UNWIND $rows AS row
MATCH (s:Organ {id: row.source}), (d:Document {id: $document})
MERGE (s)-[r:INTERPRETS {id: row.id}]->(d)
SET r += row.props, r.document = $document, r.load_tag = $tag
