// Organs of a document named $name: same name first, then an alias, then a name containing it,
// then a name the question's words contain; the roles inside each come along as parts.
MATCH (o:Organ {document: $document})
WITH o, CASE
  WHEN o.name = $name THEN 0
  WHEN $name IN coalesce(o.aliases, []) THEN 1
  WHEN o.name CONTAINS $name THEN 2
  WHEN any(x IN coalesce(o.aliases, []) WHERE x CONTAINS $name) THEN 3
  WHEN $name CONTAINS o.name THEN 4
  ELSE null END AS rank
WHERE rank IS NOT NULL
RETURN o {.id, .name, .level, .kind, .document} AS organ, rank,
       COLLECT { MATCH (p:Organ)-[:PART_OF]->(o) RETURN p {.id, .name, .level, .kind, .document}
                 ORDER BY p.name LIMIT $limit } AS parts
ORDER BY rank, size(o.name)
LIMIT $limit
