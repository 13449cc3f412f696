// Organs of the document at the level (any level when $level is null) that bear a duty on the
// topic; with a level, also those holding a primary responsibility label there (主体责任…).
MATCH (o:Organ {document: $document})-[r:RESPONSIBLE_FOR]->(u:Duty)-[:CITES]->(a:Article)
WHERE ($level IS NULL OR o.level = $level)
  AND ($topic IN u.topics
       OR ($level IS NOT NULL AND coalesce(r.responsibility, u.responsibility) IN $labels))
RETURN o {.id, .name, .level, .kind, .document} AS organ,
       u {.id, .document, .text, .start, .end, .modality, .topics,
          responsibility: coalesce(r.responsibility, u.responsibility),
          article: a.number, article_key: a.key, label: a.label} AS duty
ORDER BY u.start
LIMIT $limit
