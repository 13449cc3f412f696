// The organs of a document at a level, and the roles or departments that are part of them.
MATCH (o:Organ {document: $document})
WHERE o.level = $level
   OR EXISTS { MATCH (o)-[:PART_OF]->(b:Organ {level: $level}) }
RETURN o {.id, .name, .level, .kind, .document} AS organ
ORDER BY o.name
LIMIT $limit
