// Organs filtered by document, level, kind and a name or alias fragment.
MATCH (o:Organ)
WHERE ($document IS NULL OR o.document = $document)
  AND ($level IS NULL OR o.level = $level)
  AND ($kind IS NULL OR o.kind = $kind)
  AND ($q IS NULL OR o.name CONTAINS $q OR any(x IN coalesce(o.aliases, []) WHERE x CONTAINS $q))
RETURN o {.id, .name, .level, .kind, .document, .aliases, .collective, .covers,
          duty_count: COUNT { MATCH (o)-[:RESPONSIBLE_FOR]->(:Duty) }} AS organ
ORDER BY o.document, o.name
LIMIT $limit
