// {rel_type} is filled from the allow-list by cypher.render.
UNWIND $rows AS row
MATCH (s:Organ {id: row.source}), (t:Organ {id: row.target})
MERGE (s)-[r:{rel_type} {id: row.id}]->(t)
SET r += row.props, r.document = $document, r.load_tag = $tag
